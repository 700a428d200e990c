/** Simplified Chinese, the default UI language: one module per business area (locales/<area>/zh-CN.ts, the same areas as views/ and api/),
 * each owning its namespaces (top-level keys); locales.test.ts checks that no two areas define the same key. */
import core from './core/zh-CN'
import identity from './identity/zh-CN'
import audit from './audit/zh-CN'
import registry from './registry/zh-CN'
import notices from './notices/zh-CN'
import notifications from './notifications/zh-CN'
import dashboard from './dashboard/zh-CN'
import settings from './settings/zh-CN'
import dualPreventionRisk from './dual-prevention/risk/zh-CN'
import dualPreventionInvestigation from './dual-prevention/investigation/zh-CN'
import dualPreventionHiddenDanger from './dual-prevention/hidden-danger/zh-CN'
import dualPreventionEnforcement from './dual-prevention/enforcement/zh-CN'
import dualPreventionEnforcementPlan from './dual-prevention/enforcement-plan/zh-CN'
import explosives from './explosives/zh-CN'
import explosivesMagazine from './explosives/magazine/zh-CN'
import explosivesVoucher from './explosives/voucher/zh-CN'
import explosivesStocktake from './explosives/stocktake/zh-CN'
import explosivesLossIncident from './explosives/loss-incident/zh-CN'
import explosivesPackaging from './explosives/packaging/zh-CN'
import explosivesFiling from './explosives/filing/zh-CN'
import explosivesDailyClose from './explosives/daily-close/zh-CN'
import explosivesOverview from './explosives/overview/zh-CN'
import calendar from './calendar/zh-CN'
import emergencyAccidents from './emergency/accidents/zh-CN' // issue 14 §4
import explosivesDestruction from './explosives/destruction/zh-CN'
import explosivesCatalogue from './explosives/catalogue/zh-CN'
import dualPreventionHiddenDangerReport from './dual-prevention/hidden-danger-report/zh-CN'
import emergencyZeroReport from './emergency/zero-report/zh-CN' // issue 14 §1
import emergencyResources from './emergency/resources/zh-CN' // issue 14 §2
import emergencyAccidentStatistics from './emergency/accident-statistics/zh-CN' // issue 14 §4
import emergencyAccidentInvestigation from './emergency/accident-investigation/zh-CN' // issue 14 §4
import emergencyPlans from './emergency/plans/zh-CN' // issue 14 §2
import emergencyDrills from './emergency/drills/zh-CN' // issue 14 §3
import emergencyDutyRosters from './emergency/duty-rosters/zh-CN' // issue 14 §1
import emergencyDutyShifts from './emergency/duty-shifts/zh-CN' // issue 14 §1 (on shift)
import emergencySpotCheck from './emergency/spot-check/zh-CN' // issue 14 §1 值班抽查
import licensing from './licensing/zh-CN' // issue 15 §1 许可证
import licensingLicenceChecks from './licensing/licence-checks/zh-CN' // issue 15 §1
import licensingIndustryStructure from './licensing/industry-structure/zh-CN' // issue 15 行业结构
import explosivesWorkshops from './explosives/workshops/zh-CN' // issue 15 §3
import creditVeto from './credit/veto/zh-CN' // issue 15 §4 一票否决
import qualificationsPeople from './qualifications/people/zh-CN' // issue 15 §2 人员资格
import creditDishonestyList from './credit/dishonesty-list/zh-CN' // issue 15 §4

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
