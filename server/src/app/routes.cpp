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
void RegisterRegistryRoutes(api::Router&);
}  // namespace registry
namespace notices {
void RegisterNoticesRoutes(api::Router&);
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
namespace catalogue {
void RegisterCatalogueRoutes(api::Router&);
}
namespace magazine {
void RegisterMagazineRoutes(api::Router&);
}
namespace voucher {
void RegisterVoucherRoutes(api::Router&);
}
namespace packaging {
void RegisterPackagingRoutes(api::Router&);
}
namespace daily_close {
void RegisterSummaryRoutes(api::Router&);
void RegisterDailyCloseRoutes(api::Router&);
}  // namespace daily_close
namespace filing {
void RegisterSaleFilingRoutes(api::Router&);
void RegisterPurchaseFilingRoutes(api::Router&);
}  // namespace filing
namespace overview {
void RegisterOverviewRoutes(api::Router&);
}
namespace stocktake {
void RegisterStocktakeRoutes(api::Router&);
}
namespace loss_incident {
void RegisterLossIncidentRoutes(api::Router&);
}
namespace risk {
void RegisterRiskRoutes(api::Router&);
}
namespace investigation {
void RegisterInvestigationRoutes(api::Router&);
}
namespace hidden_danger {
void RegisterHiddenDangerRoutes(api::Router&);
}  // namespace hidden_danger
namespace enforcement {
void RegisterEnforcementRoutes(api::Router&);
}  // namespace enforcement
namespace settings {
void RegisterSettingsRoutes(api::Router&);
}  // namespace settings
namespace calendar {
void RegisterCalendarRoutes(api::Router&);
}  // namespace calendar
namespace accidents {  // issue 14 §4
void RegisterAccidentRoutes(api::Router&);
}  // namespace accidents
namespace zero_report {  // issue 14 §1
void RegisterZeroReportRoutes(api::Router&);
}  // namespace zero_report
// Destruction plans (销毁方案, issue 11 §2).
namespace destruction {
void RegisterDestructionRoutes(api::Router&);
}  // namespace destruction
namespace hidden_danger_report {
void RegisterHiddenDangerReportRoutes(api::Router&);
}  // namespace hidden_danger_report
namespace emergency_resources {  // issue 14 §2
void RegisterEmergencyResourceRoutes(api::Router&);
}  // namespace emergency_resources
namespace emergency_plans {  // issue 14 §2
void RegisterEmergencyPlanRoutes(api::Router&);
}  // namespace emergency_plans

namespace drills {  // issue 14 §3
void RegisterDrillRoutes(api::Router&);
}  // namespace drills
namespace duty {  // issue 14 §1: duty rosters
void RegisterDutyRosterRoutes(api::Router&);
void RegisterDutyShiftRoutes(api::Router&);  // issue 14 §1 (on shift)
}  // namespace duty

namespace spot_check {  // issue 14 §1 值班抽查
void RegisterSpotCheckRoutes(api::Router&);
}  // namespace spot_check
namespace workshops {  // issue 15 §3
void RegisterWorkshopRoutes(api::Router&);
}  // namespace workshops

namespace licences {  // issue 15 §1 许可证
void RegisterLicenceRoutes(api::Router&);
}  // namespace licences
namespace licence_checks {  // issue 15 §1
void RegisterLicenceCheckRoutes(api::Router&);
}  // namespace licence_checks
namespace industry_structure {  // issue 15 行业结构
void RegisterIndustryStructureRoutes(api::Router&);
}  // namespace industry_structure

namespace veto {  // issue 15 §4
void RegisterVetoRoutes(api::Router&);
}  // namespace veto
namespace qualifications {  // issue 15 §2 人员资格
void RegisterQualificationRoutes(api::Router&);
}  // namespace qualifications
namespace dishonesty_list {  // issue 15 §4 严重失信主体名单
void RegisterDishonestyListRoutes(api::Router&);
}  // namespace dishonesty_list

void api::RegisterAllRoutes(Router& router) {
  identity::RegisterIdentityRoutes(router);
  audit::RegisterAuditRoutes(router);
  registry::RegisterRegistryRoutes(router);
  notices::RegisterNoticesRoutes(router);
  files::RegisterFileRoutes(router);
  notifications::RegisterNotificationRoutes(router);
  dashboard::RegisterDashboardRoutes(router);
  catalogue::RegisterCatalogueRoutes(router);
  magazine::RegisterMagazineRoutes(router);
  voucher::RegisterVoucherRoutes(router);
  risk::RegisterRiskRoutes(router);
  investigation::RegisterInvestigationRoutes(router);
  hidden_danger::RegisterHiddenDangerRoutes(router);
  enforcement::RegisterEnforcementRoutes(router);
  // The explosives areas in the order their routes were always listed (/metrics lists them so).
  packaging::RegisterPackagingRoutes(router);
  daily_close::RegisterSummaryRoutes(router);
  filing::RegisterSaleFilingRoutes(router);
  overview::RegisterOverviewRoutes(router);
  daily_close::RegisterDailyCloseRoutes(router);
  filing::RegisterPurchaseFilingRoutes(router);
  stocktake::RegisterStocktakeRoutes(router);
  loss_incident::RegisterLossIncidentRoutes(router);
  settings::RegisterSettingsRoutes(router);
  calendar::RegisterCalendarRoutes(router);
  accidents::RegisterAccidentRoutes(router);  // issue 14 §4
  zero_report::RegisterZeroReportRoutes(router);  // issue 14 §1
  destruction::RegisterDestructionRoutes(router);
  hidden_danger_report::RegisterHiddenDangerReportRoutes(router);
  emergency_resources::RegisterEmergencyResourceRoutes(router);  // issue 14 §2
  emergency_plans::RegisterEmergencyPlanRoutes(router);  // issue 14 §2
  drills::RegisterDrillRoutes(router);  // issue 14 §3
  duty::RegisterDutyRosterRoutes(router);  // issue 14 §1
  duty::RegisterDutyShiftRoutes(router);  // issue 14 §1 (on shift)
  spot_check::RegisterSpotCheckRoutes(router);  // issue 14 §1 值班抽查
  licences::RegisterLicenceRoutes(router);  // issue 15 §1 许可证
  licence_checks::RegisterLicenceCheckRoutes(router);  // issue 15 §1
  industry_structure::RegisterIndustryStructureRoutes(router);  // issue 15 行业结构
  workshops::RegisterWorkshopRoutes(router);  // issue 15 §3
  veto::RegisterVetoRoutes(router);  // issue 15 §4 一票否决
  qualifications::RegisterQualificationRoutes(router);  // issue 15 §2 人员资格
  dishonesty_list::RegisterDishonestyListRoutes(router);  // issue 15 §4
}

}  // namespace anjian
