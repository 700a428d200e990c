// /api/v1/licences, /api/v1/licence-applications, /api/v1/licence-conditions and
// /api/v1/safety-evaluations: parse and validate, call the service, render JSON.
#pragma once

#include "platform/api/context.hpp"

namespace anjian::licences {

api::Response LicenceKindsHandler(api::Context& ctx);
api::Response ListLicencesHandler(api::Context& ctx);
api::Response ExportLicencesHandler(api::Context& ctx);
api::Response RegisterLicenceHandler(api::Context& ctx);
api::Response GetLicenceHandler(api::Context& ctx);
api::Response SuspendLicenceHandler(api::Context& ctx);
api::Response ReinstateLicenceHandler(api::Context& ctx);
api::Response RevokeLicenceHandler(api::Context& ctx);

api::Response ListApplicationsHandler(api::Context& ctx);
api::Response ExportApplicationsHandler(api::Context& ctx);
api::Response SubmitApplicationHandler(api::Context& ctx);
api::Response GetApplicationHandler(api::Context& ctx);
api::Response DecideApplicationHandler(api::Context& ctx);
api::Response WithdrawApplicationHandler(api::Context& ctx);
api::Response ConditionsHandler(api::Context& ctx);

api::Response ListEvaluationsHandler(api::Context& ctx);
api::Response ExportEvaluationsHandler(api::Context& ctx);
api::Response RecordEvaluationHandler(api::Context& ctx);

}  // namespace anjian::licences
