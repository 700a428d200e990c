// The complete route table: each area registers its own routes (its routes.cpp) here.
#include "platform/api/router.hpp"

namespace anjian {
namespace identity {
void RegisterIdentityRoutes(api::Router&);
}
namespace audit {
void RegisterAuditRoutes(api::Router&);
}
namespace registry {
void RegisterReferenceRoutes(api::Router&);
void RegisterEnterpriseRoutes(api::Router&);
void RegisterResponsibilityRoutes(api::Router&);
void RegisterAgencyRoutes(api::Router&);
}  // namespace registry
namespace notices {
void RegisterNoticeRoutes(api::Router&);
void RegisterInboxRoutes(api::Router&);
}  // namespace notices
namespace files {
void RegisterFileRoutes(api::Router&);
}
namespace notifications {
void RegisterNotificationRoutes(api::Router&);
}
namespace dashboard {
void RegisterDashboardRoutes(api::Router&);
}
namespace ledger {
void RegisterLedgerRoutes(api::Router&);
void RegisterStocktakeRoutes(api::Router&);
}
namespace risk {
void RegisterRiskRoutes(api::Router&);
void RegisterRiskMapRoutes(api::Router&);
void RegisterMajorHazardRoutes(api::Router&);
void RegisterRiskRegisterExportRoutes(api::Router&);
}  // namespace risk
namespace inspection {
void RegisterChecklistRoutes(api::Router&);
void RegisterInspectionRoutes(api::Router&);
void RegisterFindingRoutes(api::Router&);
}  // namespace inspection
namespace hazard {
void RegisterHiddenDangerRoutes(api::Router&);
void RegisterEnforcementRoutes(api::Router&);
}  // namespace hazard
namespace settings {
void RegisterSettingsRoutes(api::Router&);
}  // namespace settings

void api::RegisterAllRoutes(Router& router) {
  identity::RegisterIdentityRoutes(router);
  audit::RegisterAuditRoutes(router);
  registry::RegisterReferenceRoutes(router);
  registry::RegisterEnterpriseRoutes(router);
  registry::RegisterResponsibilityRoutes(router);
  registry::RegisterAgencyRoutes(router);
  notices::RegisterNoticeRoutes(router);
  notices::RegisterInboxRoutes(router);
  files::RegisterFileRoutes(router);
  notifications::RegisterNotificationRoutes(router);
  dashboard::RegisterDashboardRoutes(router);
  ledger::RegisterLedgerRoutes(router);
  risk::RegisterRiskRoutes(router);
  risk::RegisterRiskMapRoutes(router);
  risk::RegisterMajorHazardRoutes(router);
  risk::RegisterRiskRegisterExportRoutes(router);
  inspection::RegisterChecklistRoutes(router);
  inspection::RegisterInspectionRoutes(router);
  inspection::RegisterFindingRoutes(router);
  hazard::RegisterHiddenDangerRoutes(router);
  hazard::RegisterEnforcementRoutes(router);
  ledger::RegisterStocktakeRoutes(router);
  settings::RegisterSettingsRoutes(router);
}

}  // namespace anjian
