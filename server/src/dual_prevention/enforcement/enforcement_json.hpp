// The API JSON of enforcement inspections (also their audit entries).
#pragma once

#include <boost/json/object.hpp>
#include <string>

#include "dual_prevention/enforcement/enforcement_service.hpp"

namespace anjian::enforcement {

// One inspection of a list: its order and how many findings it has (open ones).
boost::json::object EnforcementInspectionJson(const EnforcementInspectionRecord& r);
// With "findings" (hidden dangers; `today` decides overdue) and "actions".
boost::json::object EnforcementInspectionDetailJson(const EnforcementInspectionDetail& d,
                                                    const std::string& today);

// The inspection kinds and the legal bases a penalty may cite (enforcement_rules.hpp).
boost::json::object EnforcementReferenceJson();

}  // namespace anjian::enforcement
