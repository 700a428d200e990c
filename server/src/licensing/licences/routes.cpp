// The licence routes (许可证, issue 15 §1), each with its permission.
#include "licensing/licences/licence_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::licences {

void RegisterLicenceRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/licences/kinds", "licence:read", LicenceKindsHandler);
  r.Add("GET", "/api/v1/licences", "licence:read", ListLicencesHandler);
  r.Add("GET", "/api/v1/licences/export", "licence:read", ExportLicencesHandler);
  r.Add("POST", "/api/v1/licences", "licence:manage", RegisterLicenceHandler);
  r.Add("GET", "/api/v1/licences/{id}", "licence:read", GetLicenceHandler);
  r.Add("POST", "/api/v1/licences/{id}/suspend", "licence:manage", SuspendLicenceHandler);
  r.Add("POST", "/api/v1/licences/{id}/reinstate", "licence:manage", ReinstateLicenceHandler);
  r.Add("POST", "/api/v1/licences/{id}/revoke", "licence:manage", RevokeLicenceHandler);
  r.Add("GET", "/api/v1/licence-applications", "licence:read", ListApplicationsHandler);
  r.Add("GET", "/api/v1/licence-applications/export", "licence:read", ExportApplicationsHandler);
  r.Add("POST", "/api/v1/licence-applications", "licence:apply", SubmitApplicationHandler);
  r.Add("GET", "/api/v1/licence-applications/{id}", "licence:read", GetApplicationHandler);
  r.Add("POST", "/api/v1/licence-applications/{id}/decision", "licence:decide",
        DecideApplicationHandler);
  r.Add("POST", "/api/v1/licence-applications/{id}/withdraw", "licence:apply",
        WithdrawApplicationHandler);
  r.Add("GET", "/api/v1/licence-conditions", "licence:read", ConditionsHandler);
  r.Add("GET", "/api/v1/safety-evaluations", "licence:read", ListEvaluationsHandler);
  r.Add("GET", "/api/v1/safety-evaluations/export", "licence:read", ExportEvaluationsHandler);
  r.Add("POST", "/api/v1/safety-evaluations", api::AnyOf({"licence:apply", "licence:manage"}),
        RecordEvaluationHandler);
}

}  // namespace anjian::licences
