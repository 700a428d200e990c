/** English: one module per business area (locales/<area>/en.ts, the same areas as views/ and api/),
 * each owning its namespaces (top-level keys); locales.test.ts checks that no two areas define the same key. */
import core from './core/en'
import identity from './identity/en'
import audit from './audit/en'
import registry from './registry/en'
import notices from './notices/en'
import notifications from './notifications/en'
import dashboard from './dashboard/en'
import settings from './settings/en'
import dualPreventionRisk from './dual-prevention/risk/en'
import dualPreventionInvestigation from './dual-prevention/investigation/en'
import dualPreventionHiddenDanger from './dual-prevention/hidden-danger/en'
import dualPreventionEnforcement from './dual-prevention/enforcement/en'
import dualPreventionEnforcementPlan from './dual-prevention/enforcement-plan/en'
import explosives from './explosives/en'
import explosivesMagazine from './explosives/magazine/en'
import explosivesVoucher from './explosives/voucher/en'
import explosivesStocktake from './explosives/stocktake/en'
import explosivesLossIncident from './explosives/loss-incident/en'
import explosivesPackaging from './explosives/packaging/en'
import explosivesFiling from './explosives/filing/en'
import explosivesDailyClose from './explosives/daily-close/en'
import explosivesOverview from './explosives/overview/en'
import calendar from './calendar/en'
import emergencyAccidents from './emergency/accidents/en' // issue 14 §4
import explosivesDestruction from './explosives/destruction/en'
import explosivesCatalogue from './explosives/catalogue/en'
import dualPreventionHiddenDangerReport from './dual-prevention/hidden-danger-report/en'
import emergencyZeroReport from './emergency/zero-report/en' // issue 14 §1
import emergencyResources from './emergency/resources/en' // issue 14 §2
import emergencyAccidentStatistics from './emergency/accident-statistics/en' // issue 14 §4
import emergencyAccidentInvestigation from './emergency/accident-investigation/en' // issue 14 §4
import emergencyPlans from './emergency/plans/en' // issue 14 §2
import emergencyDrills from './emergency/drills/en' // issue 14 §3
import emergencyDutyRosters from './emergency/duty-rosters/en' // issue 14 §1
import emergencyDutyShifts from './emergency/duty-shifts/en' // issue 14 §1 (on shift)
import emergencySpotCheck from './emergency/spot-check/en' // issue 14 §1 值班抽查
import licensing from './licensing/en' // issue 15 §1 许可证
import licensingLicenceChecks from './licensing/licence-checks/en' // issue 15 §1
import licensingIndustryStructure from './licensing/industry-structure/en' // issue 15 行业结构
import explosivesWorkshops from './explosives/workshops/en' // issue 15 §3
import creditVeto from './credit/veto/en' // issue 15 §4 一票否决
import qualificationsPeople from './qualifications/people/en' // issue 15 §2 人员资格
import creditDishonestyList from './credit/dishonesty-list/en' // issue 15 §4

export default {
  ...core,
  ...identity,
  ...audit,
  ...registry,
  ...notices,
  ...notifications,
  ...dashboard,
  ...settings,
  ...dualPreventionRisk,
  ...dualPreventionInvestigation,
  ...dualPreventionHiddenDanger,
  ...dualPreventionEnforcement,
  ...dualPreventionEnforcementPlan,
  ...explosives,
  ...explosivesMagazine,
  ...explosivesVoucher,
  ...explosivesStocktake,
  ...explosivesLossIncident,
  ...explosivesPackaging,
  ...explosivesFiling,
  ...explosivesDailyClose,
  ...explosivesOverview,
  ...calendar,
  ...emergencyAccidents,
  ...explosivesDestruction,
  ...explosivesCatalogue,
  ...dualPreventionHiddenDangerReport,
  ...emergencyZeroReport,
  ...emergencyResources,
  ...emergencyAccidentStatistics,
  ...emergencyAccidentInvestigation,
  ...emergencyPlans,
  ...emergencyDrills,
  ...emergencyDutyRosters,
  ...emergencyDutyShifts,
  ...emergencySpotCheck,
  ...licensing,
  ...licensingLicenceChecks,
  ...licensingIndustryStructure,
  ...explosivesWorkshops,
  ...creditVeto,
  ...qualificationsPeople,
  ...creditDishonestyList,
}
