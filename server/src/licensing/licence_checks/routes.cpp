// The licence-check routes (issue 15 §1): the conditions-lapsed warnings (许可条件预警) and the
// industry structure (行业结构), regulator pages, each with its permission.
#include "licensing/licence_checks/licence_check_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::licence_checks {

void RegisterLicenceCheckRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/licence-alerts", "licence_check:read", ListLicenceAlertsHandler);
  r.Add("GET", "/api/v1/licence-alerts/export", "licence_check:read", ExportLicenceAlertsHandler);
}

}  // namespace anjian::licence_checks
