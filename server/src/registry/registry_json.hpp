// The registry's objects as the API shows them (docs/api.md: Enterprise, Agency,
// Responsibility), also recorded as the audit log's before/after: the key order is part of the
// stored audit text, so it stays as it is.
#pragma once

#include <boost/json/object.hpp>

#include "registry/agency_repository.hpp"
#include "registry/enterprise_repository.hpp"
#include "registry/responsibility_repository.hpp"

namespace anjian::registry {

boost::json::object EnterpriseJson(const Enterprise& e);
boost::json::object AgencyJson(const Agency& a);
boost::json::object ResponsibilityJson(const Responsibility& r);

}  // namespace anjian::registry
