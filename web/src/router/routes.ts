import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string
    /** Any one of these lets the user open the page. */
    permissions?: string[]
    public?: boolean
    /** The menu entry to highlight for detail pages. */
    activeMenu?: string
    /** Routes sharing a view key reuse one page instance (new draft → its edit URL). */
    viewKey?: string
    /** An enterprise account opens the page only when its industry is one of these (regulators: any). */
    industries?: string[]
  }
}

/** The civil-explosives ledger is kept by producers and sellers of civil explosives only. */
export const EXPLOSIVES_INDUSTRIES = ['civil_explosives_production', 'civil_explosives_sales']

/** Pages of regulators alone (the annual enforcement plan): no enterprise industry is listed, so no enterprise account opens them. */
export const REGULATORS_ONLY = ['regulators-only']

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/identity/login/index.vue'), meta: { public: true, titleKey: 'login.title' } },
  { path: '/enforcement/:id/notice', name: 'enforcement-notice', component: () => import('@/views/dual-prevention/enforcement/notice.vue'), meta: { titleKey: 'enforcement.noticeTitle', permissions: ['hidden_danger:read'] } },
  { path: '/hidden-danger-reports/:id/print', name: 'hd-periodic-report-print', component: () => import('@/views/dual-prevention/hidden-danger-report/print.vue'), meta: { titleKey: 'hdReport.printTitle', permissions: ['hidden_danger:read'] } },
  { path: '/password', name: 'password', component: () => import('@/views/identity/password/index.vue'), meta: { titleKey: 'password.title' } },
  { path: '/licensing/licences/:id/print', name: 'licence-print', component: () => import('@/views/licensing/licences/print.vue'), meta: { titleKey: 'licensing.printTitle', permissions: ['licence:read'] } },
  { path: '/licensing/applications/:id/notice', name: 'licence-refusal-notice', component: () => import('@/views/licensing/licences/refusal-notice.vue'), meta: { titleKey: 'licensing.refusalNotice', permissions: ['licence:read'] } },
  // issue 15 §4: the published dishonesty list (公示, no sign-in) and the printable decision
  { path: '/public/dishonesty-list', name: 'dishonesty-public', component: () => import('@/views/credit/dishonesty-list/public.vue'), meta: { public: true, titleKey: 'dishonesty.publicMenu' } },
  { path: '/credit/dishonesty-list/:id/decision', name: 'dishonesty-decision', component: () => import('@/views/credit/dishonesty-list/decision.vue'), meta: { titleKey: 'dishonesty.decisionTitle', permissions: ['credit:read'] } },
  { path: '/emergency/plans/:id/certificate', name: 'emergency-plan-certificate', component: () => import('@/views/emergency/plans/certificate.vue'), meta: { titleKey: 'plan.certificate', permissions: ['emergency_plan:read'] } },
  {
    path: '/',
    component: () => import('@/components/layout/app-layout.vue'),
    children: [
      { path: '', name: 'dashboard', component: () => import('@/views/dashboard/index.vue'), meta: { titleKey: 'menu.dashboard', permissions: ['dashboard:read'] } },
      { path: 'enterprises', name: 'enterprises', component: () => import('@/views/registry/enterprise/index.vue'), meta: { titleKey: 'menu.enterprises', permissions: ['enterprise:read'] } },
      { path: 'enterprises/:id', name: 'enterprise-detail', component: () => import('@/views/registry/enterprise/detail.vue'), meta: { titleKey: 'enterprise.detail', permissions: ['enterprise:read'], activeMenu: '/enterprises' } },
      { path: 'responsibilities', name: 'responsibilities', component: () => import('@/views/registry/responsibility/index.vue'), meta: { titleKey: 'menu.responsibilities', permissions: ['responsibility:read'] } },
      { path: 'notices', name: 'notices', component: () => import('@/views/notices/notice/index.vue'), meta: { titleKey: 'menu.notices', permissions: ['notice:send'] } },
      { path: 'notices/new', name: 'notice-new', component: () => import('@/views/notices/notice/edit.vue'), meta: { titleKey: 'notice.create', permissions: ['notice:send'], activeMenu: '/notices', viewKey: 'notice-form' } },
      { path: 'notices/:id/edit', name: 'notice-edit', component: () => import('@/views/notices/notice/edit.vue'), meta: { titleKey: 'notice.editDraft', permissions: ['notice:send'], activeMenu: '/notices', viewKey: 'notice-form' } },
      { path: 'notices/:id', name: 'notice-detail', component: () => import('@/views/notices/notice/detail.vue'), meta: { titleKey: 'notice.detail', permissions: ['notice:send'], activeMenu: '/notices' } },
      { path: 'inbox', name: 'inbox', component: () => import('@/views/notices/inbox/index.vue'), meta: { titleKey: 'menu.inbox', permissions: ['notice:read'] } },
      { path: 'inbox/:recipientId', name: 'inbox-detail', component: () => import('@/views/notices/inbox/detail.vue'), meta: { titleKey: 'inbox.detail', permissions: ['notice:read'], activeMenu: '/inbox' } },
      { path: 'ledger/stores', name: 'magazines', component: () => import('@/views/explosives/magazine/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'menu.magazines', permissions: ['ledger:read'] } },
      { path: 'ledger/stores/:id', name: 'magazine-detail', component: () => import('@/views/explosives/magazine/detail.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'magazine.storeDetail', permissions: ['ledger:read'], activeMenu: '/ledger/stores' } },
      { path: 'ledger/stores/:id/summary', name: 'daily-close-summary', component: () => import('@/views/explosives/daily-close/summary.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'dailyClose.summaryMenu', permissions: ['ledger:read'], activeMenu: '/ledger/stores' } },
      { path: 'ledger/vouchers', name: 'vouchers', component: () => import('@/views/explosives/voucher/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'menu.vouchers', permissions: ['ledger:read'] } },
      { path: 'ledger/vouchers/new', name: 'voucher-new', component: () => import('@/views/explosives/voucher/edit.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'voucher.newVoucher', permissions: ['ledger:write'], activeMenu: '/ledger/vouchers' } },
      { path: 'ledger/vouchers/:id', name: 'voucher-detail', component: () => import('@/views/explosives/voucher/detail.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'voucher.voucherDetail', permissions: ['ledger:read'], activeMenu: '/ledger/vouchers' } },
      { path: 'ledger/stocktakes', name: 'stocktakes', component: () => import('@/views/explosives/stocktake/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'stocktake.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/stocktakes/new', name: 'stocktake-new', component: () => import('@/views/explosives/stocktake/new.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'stocktake.new', permissions: ['ledger:write'], activeMenu: '/ledger/stocktakes' } },
      { path: 'ledger/stocktakes/:id', name: 'stocktake-detail', component: () => import('@/views/explosives/stocktake/detail.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'stocktake.detail', permissions: ['ledger:read'], activeMenu: '/ledger/stocktakes' } },
      { path: 'ledger/loss-incidents', name: 'loss-incidents', component: () => import('@/views/explosives/loss-incident/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'lossIncident.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/loss-incidents/:id', name: 'loss-incident-detail', component: () => import('@/views/explosives/loss-incident/detail.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'lossIncident.detail', permissions: ['ledger:read'], activeMenu: '/ledger/loss-incidents' } },
      { path: 'ledger/packages', name: 'packaging', component: () => import('@/views/explosives/packaging/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'packaging.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/purchase-filings', name: 'purchase-filings', component: () => import('@/views/explosives/filing/purchase-filings.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'filing.purchase.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/sale-filings', name: 'sale-filings', component: () => import('@/views/explosives/filing/sale-filings.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'filing.saleMenu', permissions: ['ledger:read'] } },
      { path: 'ledger/overview', name: 'explosives-overview', component: () => import('@/views/explosives/overview/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'overview.menu', permissions: ['ledger:read'] } },
      // Destruction plans (销毁方案, 条例 art. 43).
      { path: 'ledger/destruction-plans', name: 'destruction-plans', component: () => import('@/views/explosives/destruction/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'destructionPlan.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/destruction-plans/new', name: 'destruction-plan-new', component: () => import('@/views/explosives/destruction/new.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'destructionPlan.new', permissions: ['ledger:write'], activeMenu: '/ledger/destruction-plans' } },
      { path: 'ledger/destruction-plans/:id', name: 'destruction-plan-detail', component: () => import('@/views/explosives/destruction/detail.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'destructionPlan.detail', permissions: ['ledger:read'], activeMenu: '/ledger/destruction-plans' } },
      { path: 'ledger/products', name: 'product-catalogue', component: () => import('@/views/explosives/catalogue/index.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'productCatalogue.menu', permissions: ['ledger:read', 'settings:read'] } },
      // Hazardous workshops (危险工房定员定量) and 四超 (issue 15 §3): producers only; regulators see every one in their subtree.
      { path: 'ledger/workshops', name: 'workshops', component: () => import('@/views/explosives/workshops/index.vue'), meta: { industries: ['civil_explosives_production'], titleKey: 'workshop.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/workshops/headcount', name: 'workshop-headcount', component: () => import('@/views/explosives/workshops/headcount.vue'), meta: { industries: ['civil_explosives_production'], titleKey: 'workshop.headcount', permissions: ['ledger:write'], activeMenu: '/ledger/workshops' } },
      { path: 'ledger/workshops/:id', name: 'workshop-detail', component: () => import('@/views/explosives/workshops/detail.vue'), meta: { industries: ['civil_explosives_production'], titleKey: 'workshop.detail', permissions: ['ledger:read'], activeMenu: '/ledger/workshops' } },
      { path: 'ledger/four-over', name: 'four-over-cases', component: () => import('@/views/explosives/workshops/four-over.vue'), meta: { industries: ['civil_explosives_production'], titleKey: 'fourOver.menu', permissions: ['ledger:read'] } },
      { path: 'ledger/trace', name: 'voucher-trace', component: () => import('@/views/explosives/voucher/trace.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'menu.trace', permissions: ['ledger:read'] } },
      // Issue 15 §1: rated capacity change requests (库房核定储量变更申请) and the regulator's review.
      { path: 'ledger/capacity-requests', name: 'capacity-requests', component: () => import('@/views/explosives/magazine/capacity-requests.vue'), meta: { industries: EXPLOSIVES_INDUSTRIES, titleKey: 'magazine.capacity.menu', permissions: ['ledger:read'] } },
      { path: 'risk/units', name: 'risk-units', component: () => import('@/views/dual-prevention/risk/units.vue'), meta: { titleKey: 'risk.menu.units', permissions: ['risk:read'] } },
      { path: 'risk/units/:id', name: 'risk-unit-detail', component: () => import('@/views/dual-prevention/risk/unit-detail.vue'), meta: { titleKey: 'risk.menu.unitDetail', permissions: ['risk:read'], activeMenu: '/risk/units' } },
      { path: 'risk/map', name: 'risk-map', component: () => import('@/views/dual-prevention/risk/map.vue'), meta: { titleKey: 'risk.menu.map', permissions: ['risk:read'] } },
      { path: 'risk/major-hazards', name: 'risk-major-hazards', component: () => import('@/views/dual-prevention/risk/major-hazards.vue'), meta: { titleKey: 'risk.menu.majorHazards', permissions: ['risk:read'] } },
      { path: 'risk/overview', name: 'risk-overview', component: () => import('@/views/dual-prevention/risk/overview.vue'), meta: { titleKey: 'risk.menu.overview', permissions: ['risk:read'] } },
      { path: 'inspection/tasks', name: 'inspection-tasks', component: () => import('@/views/dual-prevention/investigation/tasks.vue'), meta: { titleKey: 'investigation.menu.tasks', permissions: ['inspection:read'] } },
      { path: 'inspection/checklists', name: 'inspection-checklists', component: () => import('@/views/dual-prevention/investigation/checklists.vue'), meta: { titleKey: 'investigation.menu.checklists', permissions: ['inspection:read'] } },
      { path: 'inspection/records', name: 'inspection-records', component: () => import('@/views/dual-prevention/investigation/records.vue'), meta: { titleKey: 'investigation.menu.records', permissions: ['inspection:read'] } },
      { path: 'inspection/records/:id', name: 'inspection-record', component: () => import('@/views/dual-prevention/investigation/execute.vue'), meta: { titleKey: 'investigation.menu.record', permissions: ['inspection:read'], activeMenu: '/inspection/records' } },
      { path: 'inspection/adhoc/:checklistId', name: 'inspection-adhoc', component: () => import('@/views/dual-prevention/investigation/execute.vue'), meta: { titleKey: 'investigation.menu.adhoc', permissions: ['inspection:write'], activeMenu: '/inspection/records' } },
      { path: 'inspection/duties', name: 'inspection-duties', component: () => import('@/views/dual-prevention/investigation/duties.vue'), meta: { titleKey: 'investigation.menu.duties', permissions: ['inspection:read'] } },
      { path: 'inspection/tasks/:id', name: 'inspection-task', component: () => import('@/views/dual-prevention/investigation/execute.vue'), meta: { titleKey: 'investigation.menu.execute', permissions: ['inspection:read'], activeMenu: '/inspection/tasks' } },
      { path: 'hidden-dangers', name: 'hidden-dangers', component: () => import('@/views/dual-prevention/hidden-danger/index.vue'), meta: { titleKey: 'hiddenDanger.menu.list', permissions: ['hidden_danger:read'] } },
      { path: 'hidden-dangers/report', name: 'hidden-danger-report', component: () => import('@/views/dual-prevention/hidden-danger/report.vue'), meta: { titleKey: 'hiddenDanger.menu.report', permissions: ['hidden_danger:report', 'hidden_danger:supervise'], activeMenu: '/hidden-dangers/report' } },
      { path: 'hidden-dangers/statistics', name: 'hidden-danger-statistics', component: () => import('@/views/dual-prevention/hidden-danger/statistics.vue'), meta: { titleKey: 'hiddenDanger.menu.statistics', permissions: ['hidden_danger:read'] } },
      { path: 'production-halts', name: 'production-halts', component: () => import('@/views/dual-prevention/production-halt/index.vue'), meta: { titleKey: 'productionHalt.menu', permissions: ['hidden_danger:read'] } },
      { path: 'production-halts/:id', name: 'production-halt-detail', component: () => import('@/views/dual-prevention/production-halt/detail.vue'), meta: { titleKey: 'productionHalt.detail', permissions: ['hidden_danger:read'], activeMenu: '/production-halts' } },
      // issue 14 §4: accidents (事故和险情信息报告)
      { path: 'emergency/accidents', name: 'accidents', component: () => import('@/views/emergency/accidents/index.vue'), meta: { titleKey: 'accident.menu', permissions: ['accident:read'] } },
      { path: 'emergency/accidents/new', name: 'accident-report', component: () => import('@/views/emergency/accidents/report.vue'), meta: { titleKey: 'accident.reportMenu', permissions: ['accident:report'] } },
      { path: 'emergency/accidents/:id', name: 'accident-detail', component: () => import('@/views/emergency/accidents/detail.vue'), meta: { titleKey: 'accident.detail', permissions: ['accident:read'], activeMenu: '/emergency/accidents' } },
      // issue 14 §1: daily zero report (每日零报告)
      { path: 'emergency/zero-report', name: 'zero-report-periods', component: () => import('@/views/emergency/zero-report/index.vue'), meta: { titleKey: 'zeroReport.menu', permissions: ['zero_report:read'] } },
      { path: 'emergency/zero-report/today', name: 'zero-report-today', component: () => import('@/views/emergency/zero-report/today.vue'), meta: { titleKey: 'zeroReport.todayMenu', permissions: ['zero_report:report'] } },
      { path: 'emergency/zero-report/:id', name: 'zero-report-board', component: () => import('@/views/emergency/zero-report/board.vue'), meta: { titleKey: 'zeroReport.board', permissions: ['zero_report:read'], activeMenu: '/emergency/zero-report' } },
      // issue 14 §4 statistics and §2 emergency resources (应急资源)
      { path: 'emergency/accident-statistics', name: 'accident-statistics', component: () => import('@/views/emergency/accident-statistics/index.vue'), meta: { titleKey: 'accidentStatistics.menu', permissions: ['accident:read'] } },
      { path: 'emergency/resources', name: 'emergency-resources', component: () => import('@/views/emergency/resources/index.vue'), meta: { titleKey: 'emergencyResource.menu', permissions: ['emergency_resource:read'] } },
      // issue 14 §3: drills (应急演练)
      { path: 'emergency/drills', name: 'drills', component: () => import('@/views/emergency/drills/index.vue'), meta: { titleKey: 'drill.menu', permissions: ['drill:read'] } },
      { path: 'emergency/drills/new', name: 'drill-new', component: () => import('@/views/emergency/drills/new.vue'), meta: { titleKey: 'drill.newMenu', permissions: ['drill:write'] } },
      { path: 'emergency/drill-compliance', name: 'drill-compliance', component: () => import('@/views/emergency/drills/compliance.vue'), meta: { titleKey: 'drill.complianceMenu', permissions: ['drill:read'] } },
      { path: 'emergency/drills/:id', name: 'drill-detail', component: () => import('@/views/emergency/drills/detail.vue'), meta: { titleKey: 'drill.detail', permissions: ['drill:read'], activeMenu: '/emergency/drills' } },
      // issue 14 §1: duty rosters (值班排班)
      { path: 'emergency/duty-rosters', name: 'duty-rosters', component: () => import('@/views/emergency/duty-rosters/index.vue'), meta: { titleKey: 'dutyRoster.menu', permissions: ['duty_roster:read'] } },
      { path: 'emergency/duty-coverage', name: 'duty-coverage', component: () => import('@/views/emergency/duty-rosters/coverage.vue'), meta: { titleKey: 'dutyRoster.coverageMenu', permissions: ['duty_roster:read'] } },
      // issue 14 §1: on shift (当班)
      { path: 'emergency/duty-desk', name: 'duty-desk', component: () => import('@/views/emergency/duty-shifts/desk.vue'), meta: { titleKey: 'dutyShift.deskMenu', permissions: ['duty_shift:write'] } },
      { path: 'emergency/duty-shifts', name: 'duty-shifts', component: () => import('@/views/emergency/duty-shifts/index.vue'), meta: { titleKey: 'dutyShift.listMenu', permissions: ['duty_shift:read'] } },
      { path: 'emergency/duty-shifts/:id', name: 'duty-shift-detail', component: () => import('@/views/emergency/duty-shifts/detail.vue'), meta: { titleKey: 'dutyShift.detail', permissions: ['duty_shift:read'], activeMenu: '/emergency/duty-shifts' } },
      // issue 14 §1: duty spot checks (值班抽查). Rounds are run by regulators (write); findings reach the unit checked (read).
      { path: 'emergency/duty-spot-checks', name: 'duty-spot-checks', component: () => import('@/views/emergency/spot-check/index.vue'), meta: { titleKey: 'spotCheck.menu', permissions: ['duty_spot_check:write'] } },
      { path: 'emergency/duty-spot-checks/:id', name: 'duty-spot-check-detail', component: () => import('@/views/emergency/spot-check/detail.vue'), meta: { titleKey: 'spotCheck.detail', permissions: ['duty_spot_check:read'], activeMenu: '/emergency/duty-spot-checks' } },
      { path: 'emergency/duty-spot-check-findings', name: 'duty-spot-check-findings', component: () => import('@/views/emergency/spot-check/findings.vue'), meta: { titleKey: 'spotCheck.findingsMenu', permissions: ['duty_spot_check:read'] } },
      // issue 15 §1: licences (许可证)
      { path: 'licensing/licences', name: 'licences', component: () => import('@/views/licensing/licences/index.vue'), meta: { titleKey: 'licensing.menu.licences', permissions: ['licence:read'] } },
      { path: 'licensing/licences/:id', name: 'licence-detail', component: () => import('@/views/licensing/licences/detail.vue'), meta: { titleKey: 'licensing.detail', permissions: ['licence:read'], activeMenu: '/licensing/licences' } },
      { path: 'licensing/applications', name: 'licence-applications', component: () => import('@/views/licensing/licences/applications.vue'), meta: { titleKey: 'licensing.menu.applications', permissions: ['licence:read'] } },
      { path: 'licensing/applications/new', name: 'licence-apply', component: () => import('@/views/licensing/licences/apply.vue'), meta: { titleKey: 'licensing.apply', permissions: ['licence:apply'], activeMenu: '/licensing/applications' } },
      { path: 'licensing/applications/:id', name: 'licence-application-detail', component: () => import('@/views/licensing/licences/application-detail.vue'), meta: { titleKey: 'licensing.applicationDetail', permissions: ['licence:read'], activeMenu: '/licensing/applications' } },
      { path: 'licensing/safety-evaluations', name: 'safety-evaluations', component: () => import('@/views/licensing/licences/evaluations.vue'), meta: { titleKey: 'licensing.menu.evaluations', permissions: ['licence:read'] } },
      { path: 'licensing/mine', name: 'my-licences', component: () => import('@/views/licensing/licences/mine.vue'), meta: { titleKey: 'licensing.menu.mine', permissions: ['licence:apply'] } },
      // issue 15 §1: the nightly licence sweep's warnings (许可条件预警), a regulator page
      { path: 'licensing/industry-structure', name: 'industry-structure', component: () => import('@/views/licensing/industry-structure/index.vue'), meta: { titleKey: 'industryStructure.menu', permissions: ['licence_check:read'], industries: REGULATORS_ONLY } },
      { path: 'licensing/licence-alerts', name: 'licence-alerts', component: () => import('@/views/licensing/licence-checks/alerts.vue'), meta: { titleKey: 'licenceAlert.menu', permissions: ['licence_check:read'], industries: REGULATORS_ONLY } },
      { path: 'emergency/duty-spot-check-findings/:id', name: 'duty-spot-check-finding', component: () => import('@/views/emergency/spot-check/finding.vue'), meta: { titleKey: 'spotCheck.findingDetail', permissions: ['duty_spot_check:read'], activeMenu: '/emergency/duty-spot-check-findings' } },
      // issue 15 §2: people's qualifications (人员资格)
      { path: 'qualifications/people', name: 'qualification-people', component: () => import('@/views/qualifications/people/index.vue'), meta: { titleKey: 'qualification.menu.people', permissions: ['qualification:read'] } },
      { path: 'qualifications/people/:id', name: 'qualification-person', component: () => import('@/views/qualifications/people/detail.vue'), meta: { titleKey: 'qualification.detail', permissions: ['qualification:read'], activeMenu: '/qualifications/people' } },
      { path: 'qualifications/certificates', name: 'qualification-certificates', component: () => import('@/views/qualifications/certificates/index.vue'), meta: { titleKey: 'qualification.menu.certificates', permissions: ['qualification:read'] } },
      { path: 'qualifications/training', name: 'qualification-training', component: () => import('@/views/qualifications/training/index.vue'), meta: { titleKey: 'qualification.menu.training', permissions: ['qualification:read'] } },
      { path: 'qualifications/staff', name: 'qualification-staff', component: () => import('@/views/qualifications/staff/index.vue'), meta: { titleKey: 'qualification.menu.staff', permissions: ['staff_training:manage'] } },
      { path: 'hidden-dangers/:id', name: 'hidden-danger-detail', component: () => import('@/views/dual-prevention/hidden-danger/detail.vue'), meta: { titleKey: 'hiddenDanger.detail', permissions: ['hidden_danger:read'], activeMenu: '/hidden-dangers' } },
      { path: 'hidden-danger-reports', name: 'hd-periodic-reports', component: () => import('@/views/dual-prevention/hidden-danger-report/index.vue'), meta: { titleKey: 'hdReport.menu', permissions: ['hidden_danger:handle'] } },
      { path: 'hidden-danger-reports/overview', name: 'hd-periodic-report-overview', component: () => import('@/views/dual-prevention/hidden-danger-report/overview.vue'), meta: { titleKey: 'hdReport.overviewMenu', permissions: ['hidden_danger:supervise'] } },
      { path: 'hidden-danger-reports/:id', name: 'hd-periodic-report-detail', component: () => import('@/views/dual-prevention/hidden-danger-report/detail.vue'), meta: { titleKey: 'hdReport.detail', permissions: ['hidden_danger:read'], activeMenu: '/hidden-danger-reports' } },
      { path: 'enforcement', name: 'enforcement', component: () => import('@/views/dual-prevention/enforcement/index.vue'), meta: { titleKey: 'enforcement.menu', permissions: ['hidden_danger:read'] } },
      { path: 'enforcement/new', name: 'enforcement-new', component: () => import('@/views/dual-prevention/enforcement/new.vue'), meta: { titleKey: 'enforcement.new', permissions: ['enforcement:write'], activeMenu: '/enforcement' } },
      { path: 'enforcement/:id', name: 'enforcement-detail', component: () => import('@/views/dual-prevention/enforcement/detail.vue'), meta: { titleKey: 'enforcement.detail', permissions: ['hidden_danger:read'], activeMenu: '/enforcement' } },
      // The annual enforcement plan and its random draws (issue 11 §3).
      { path: 'enforcement-plans', name: 'enforcement-plans', component: () => import('@/views/dual-prevention/enforcement-plan/index.vue'), meta: { titleKey: 'enforcementPlan.menu', permissions: ['hidden_danger:read'], industries: REGULATORS_ONLY } },
      { path: 'enforcement-plans/:id', name: 'enforcement-plan-detail', component: () => import('@/views/dual-prevention/enforcement-plan/detail.vue'), meta: { titleKey: 'enforcementPlan.detail', permissions: ['hidden_danger:read'], industries: REGULATORS_ONLY, activeMenu: '/enforcement-plans' } },
      { path: 'enforcement-draws/:id', name: 'enforcement-draw', component: () => import('@/views/dual-prevention/enforcement-plan/draw.vue'), meta: { titleKey: 'enforcementPlan.publication', permissions: ['hidden_danger:read'], industries: REGULATORS_ONLY, activeMenu: '/enforcement-plans' } },
      { path: 'api-docs', name: 'api-docs', component: () => import('@/views/core/api-docs/index.vue'), meta: { titleKey: 'menu.apiDocs' } },
      { path: 'notifications', name: 'notifications', component: () => import('@/views/notifications/index.vue'), meta: { titleKey: 'menu.notifications' } },
      { path: 'admin/users', name: 'users', component: () => import('@/views/identity/user/index.vue'), meta: { titleKey: 'menu.users', permissions: ['user:manage', 'role:manage'] } },
      { path: 'admin/agencies', name: 'agencies', component: () => import('@/views/registry/agency/index.vue'), meta: { titleKey: 'menu.agencies', permissions: ['org:manage'] } },
      { path: 'admin/zones', name: 'zones', component: () => import('@/views/registry/zone/index.vue'), meta: { titleKey: 'menu.zones', permissions: ['org:manage'] } },
      { path: 'admin/roles', name: 'roles', component: () => import('@/views/identity/role/index.vue'), meta: { titleKey: 'menu.roles', permissions: ['role:manage'] } },
      { path: 'admin/security-policy', name: 'security-policy', component: () => import('@/views/identity/security-policy/index.vue'), meta: { titleKey: 'menu.securityPolicy', permissions: ['policy:manage'] } },
      { path: 'admin/business-settings', name: 'business-settings', component: () => import('@/views/settings/index.vue'), meta: { titleKey: 'settings.menu', permissions: ['settings:read'] } },
      { path: 'admin/working-calendar', name: 'working-calendar', component: () => import('@/views/calendar/working-day/index.vue'), meta: { titleKey: 'calendar.menu', permissions: ['settings:read'] } },
      { path: 'admin/audit-log', name: 'audit-log', component: () => import('@/views/audit/audit-log/index.vue'), meta: { titleKey: 'menu.auditLog', permissions: ['audit:read'] } },
      // issue 14 §2: emergency plans (应急预案), the regulator's filing review
      { path: 'emergency/plans', name: 'emergency-plans', component: () => import('@/views/emergency/plans/index.vue'), meta: { titleKey: 'plan.menu', permissions: ['emergency_plan:read'] } },
      { path: 'emergency/plans/:id', name: 'emergency-plan-detail', component: () => import('@/views/emergency/plans/detail.vue'), meta: { titleKey: 'plan.detail', permissions: ['emergency_plan:read'], activeMenu: '/emergency/plans' } },
      { path: 'emergency/plan-filings', name: 'emergency-plan-filings', component: () => import('@/views/emergency/plans/filings.vue'), meta: { titleKey: 'plan.filingMenu', permissions: ['emergency_plan:filing_review'] } },
      // issue 15 §4: the one-vote veto (一票否决) in awards, funds and demonstration bases
      { path: 'credit/veto-rounds', name: 'veto-rounds', component: () => import('@/views/credit/veto/index.vue'), meta: { titleKey: 'veto.menu', permissions: ['veto:read'], industries: REGULATORS_ONLY } },
      { path: 'credit/veto-rounds/:id', name: 'veto-round-detail', component: () => import('@/views/credit/veto/detail.vue'), meta: { titleKey: 'veto.detail', permissions: ['veto:read'], industries: REGULATORS_ONLY, activeMenu: '/credit/veto-rounds' } },
      { path: 'credit/veto-applications', name: 'veto-applications', component: () => import('@/views/credit/veto/applications.vue'), meta: { titleKey: 'veto.applicationsMenu', permissions: ['veto:read'] } },
      { path: 'credit/veto-applications/:id', name: 'veto-application-detail', component: () => import('@/views/credit/veto/application.vue'), meta: { titleKey: 'veto.applicationDetail', permissions: ['veto:read'], activeMenu: '/credit/veto-applications' } },
      // issue 15 §4: the dishonesty list (严重失信主体名单)
      { path: 'credit/dishonesty-list', name: 'dishonesty-list', component: () => import('@/views/credit/dishonesty-list/index.vue'), meta: { titleKey: 'dishonesty.menu', permissions: ['credit:read'] } },
      { path: 'credit/dishonesty-list/:id', name: 'dishonesty-detail', component: () => import('@/views/credit/dishonesty-list/detail.vue'), meta: { titleKey: 'dishonesty.detail', permissions: ['credit:read'], activeMenu: '/credit/dishonesty-list' } },
      { path: '403', name: 'forbidden', component: () => import('@/views/core/error/forbidden.vue'), meta: { titleKey: 'error.forbidden' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/views/core/error/not-found.vue'), meta: { titleKey: 'error.notFound' } },
    ],
  },
]
