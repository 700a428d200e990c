// The one-vote veto routes (一票否决, issue 15 §4), each with its permission. Rounds are the
// organising agency's (seen from its region down); applications are the enterprises'.
#include "credit/veto/veto_handlers.hpp"
#include "platform/api/router.hpp"

namespace anjian::veto {

void RegisterVetoRoutes(api::Router& r) {
  r.Add("GET", "/api/v1/veto-rounds", "veto:read", ListRoundsHandler);
  r.Add("GET", "/api/v1/veto-rounds/export", "veto:read", ExportRoundsHandler);
  r.Add("GET", "/api/v1/veto-rounds/import-template", "veto:manage", ImportTemplateHandler);
  r.Add("POST", "/api/v1/veto-rounds", "veto:manage", CreateRoundHandler);
  r.Add("GET", "/api/v1/veto-rounds/{id}", "veto:read", GetRoundHandler);
  r.Add("POST", "/api/v1/veto-rounds/{id}/applications", "veto:manage", AddApplicationHandler);
  r.Add("POST", "/api/v1/veto-rounds/{id}/applications/import", "veto:manage",
        ImportApplicationsHandler);
  r.Add("POST", "/api/v1/veto-rounds/{id}/check", "veto:manage", CheckRoundHandler);
  r.Add("POST", "/api/v1/veto-rounds/{id}/confirm", "veto:manage", ConfirmRoundHandler);
  r.Add("GET", "/api/v1/veto-applications", "veto:read", ListApplicationsHandler);
  r.Add("GET", "/api/v1/veto-applications/export", "veto:read", ExportApplicationsHandler);
  r.Add("GET", "/api/v1/veto-applications/open-rounds", "veto:apply", OpenRoundsHandler);
  r.Add("POST", "/api/v1/veto-applications", "veto:apply", SubmitApplicationHandler);
  r.Add("GET", "/api/v1/veto-applications/{id}", "veto:read", GetApplicationHandler);
}

}  // namespace anjian::veto
