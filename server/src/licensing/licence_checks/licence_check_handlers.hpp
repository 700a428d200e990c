// /api/v1/licence-alerts: the conditions-lapsed warnings (许可条件预警) in the caller's scope,
// filtered and paged, and their Excel export; /api/v1/licence-alerts/sweep runs the sweep now.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::licence_checks {

api::Response ListLicenceAlertsHandler(api::Context& ctx);
api::Response ExportLicenceAlertsHandler(api::Context& ctx);

}  // namespace anjian::licence_checks
