// One JSON shape of a licence, its scope, an application and a safety evaluation — in lists,
// details, exports, the audit log and the stored requested scope of an application.
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "licensing/licences/licence_condition_rules.hpp"
#include "licensing/licences/licence_repository.hpp"

namespace anjian::licences {

boost::json::object ScopeJson(const LicenceScope& s);
// The stored requested scope of an application back (written by ScopeJson; never user text).
LicenceScope ScopeFromStoredJson(const std::string& text);

boost::json::object LicenceJson(const LicenceRow& l, const std::vector<LicenceKind>& kinds);
boost::json::object ConditionJson(const Condition& c);
boost::json::array ConditionsJson(const std::vector<Condition>& cs);
boost::json::object EvaluationJson(const EvaluationRow& e);
boost::json::object EventJson(const EventRow& e);

std::string KindLabelZh(const std::vector<LicenceKind>& kinds, const std::string& code);
std::string KindLabelEn(const std::vector<LicenceKind>& kinds, const std::string& code);

}  // namespace anjian::licences
