#include "app/error_catalogues.hpp"

#include "core/core_errors.hpp"
#include "notices/notices_errors.hpp"
#include "registry/registry_errors.hpp"
#include "dual_prevention/investigation/investigation_errors.hpp"
#include "dual_prevention/risk/risk_errors.hpp"
#include "dual_prevention/enforcement/enforcement_errors.hpp"
#include "dual_prevention/hidden_danger/hidden_danger_errors.hpp"
#include "explosives/daily_close/daily_close_errors.hpp"
#include "explosives/filing/filing_errors.hpp"
#include "explosives/loss_incident/loss_incident_errors.hpp"
#include "explosives/overview/overview_errors.hpp"
#include "explosives/stocktake/stocktake_errors.hpp"
#include "explosives/catalogue/catalogue_errors.hpp"
#include "explosives/magazine/magazine_errors.hpp"
#include "explosives/packaging/packaging_errors.hpp"
#include "explosives/voucher/voucher_errors.hpp"
#include "explosives/destruction/destruction_errors.hpp"
#include "files/files_errors.hpp"
#include "identity/identity_errors.hpp"
#include "platform/api/api_errors.hpp"
#include "calendar/calendar_errors.hpp"
// Issue 14 §4
#include "emergency/accidents/accidents_errors.hpp"
#include "emergency/zero_report/zero_report_errors.hpp"  // issue 14 §1
#include "dual_prevention/hidden_danger_report/hidden_danger_report_errors.hpp"
#include "emergency/resources/emergency_resources_errors.hpp"  // issue 14 §2
#include "emergency/plans/plans_errors.hpp"  // issue 14 §2
#include "emergency/drills/drills_errors.hpp"  // issue 14 §3
#include "emergency/duty/duty_roster_errors.hpp"  // issue 14 §1
#include "emergency/duty/duty_shift_errors.hpp"  // issue 14 §1 (on shift)
#include "emergency/spot_check/spot_check_errors.hpp"  // issue 14 §1 值班抽查
#include "licensing/licence_checks/licence_checks_errors.hpp"  // issue 15 §1
#include "qualifications/people/qualifications_errors.hpp"  // issue 15 §2
#include "licensing/licences/licences_errors.hpp"  // issue 15 §1
#include "explosives/workshops/workshops_errors.hpp"  // issue 15 §3
#include "credit/dishonesty_list/dishonesty_list_errors.hpp"  // issue 15 §4

#include "credit/veto/veto_errors.hpp"  // issue 15 §4
namespace anjian::app {

std::vector<core::Catalogue> AllErrorCatalogues() {
  return {
      {"core", core::kCoreErrors},
      {"api", api::kApiErrors},
      {"identity", identity::kIdentityErrors},
      {"files", files::kFilesErrors},
      {"registry", registry::kRegistryErrors},
      {"notices", notices::kNoticesErrors},
      {"risk", risk::kRiskErrors},
      {"investigation", investigation::kInvestigationErrors},
      {"hidden_danger", hidden_danger::kHiddenDangerErrors},
      {"enforcement", enforcement::kEnforcementErrors},
      {"stocktake", stocktake::kStocktakeErrors},
      {"loss_incident", loss_incident::kLossIncidentErrors},
      {"filing", filing::kFilingErrors},
      {"daily_close", daily_close::kDailyCloseErrors},
      {"overview", overview::kOverviewErrors},
      {"catalogue", catalogue::kCatalogueErrors},
      {"magazine", magazine::kMagazineErrors},
      {"voucher", voucher::kVoucherErrors},
      {"packaging", packaging::kPackagingErrors},
      {"calendar", calendar::kCalendarErrors},
      {"accidents", accidents::kAccidentErrors},  // issue 14 §4
      {"zero_report", zero_report::kZeroReportErrors},  // issue 14 §1
      {"destruction", destruction::kDestructionErrors},
      {"hidden_danger_report", hidden_danger_report::kHiddenDangerReportErrors},
      {"emergency_resources", emergency_resources::kEmergencyResourceErrors},  // issue 14 §2
      {"plans", emergency_plans::kPlanErrors},  // issue 14 §2
      {"drills", drills::kDrillErrors},  // issue 14 §3
      {"duty_roster", duty::roster::kDutyRosterErrors},  // issue 14 §1
      {"duty_shift", duty::kDutyShiftErrors},  // issue 14 §1 (on shift)
      {"spot_check", spot_check::kSpotCheckErrors},  // issue 14 §1 值班抽查
      {"licence_checks", licence_checks::kLicenceCheckErrors},  // issue 15 §1
      {"qualifications", qualifications::kQualificationErrors},  // issue 15 §2
      {"licences", licences::kLicenceErrors},  // issue 15 §1
      {"workshops", workshops::kWorkshopErrors},  // issue 15 §3
      {"veto", veto::kVetoErrors},  // issue 15 §4 一票否决
      {"dishonesty_list", dishonesty_list::kDishonestyListErrors},  // issue 15 §4
  };
}

}  // namespace anjian::app
