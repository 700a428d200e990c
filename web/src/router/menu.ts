import { deriveMenu, type MenuItem, type MenuNode } from '@/utils/menu'
import { routes } from './routes'

/**
 * The sidebar's shape: each entry names a route (router/routes.ts), whose meta gives the path,
 * title, permissions and industries; groups only add a title and an icon. Who sees an entry is
 * therefore exactly who may open its page.
 */
export const MENU_TREE: MenuNode[] = [
  { route: 'dashboard', icon: 'DataAnalysis' },
  { route: 'enterprises', icon: 'OfficeBuilding' },
  { route: 'responsibilities', icon: 'Avatar' },
  { route: 'notices', icon: 'Promotion' },
  { route: 'inbox', icon: 'Message' },
  {
    path: '/ledger',
    titleKey: 'menu.explosives',
    icon: 'Lock',
    children: [
      { route: 'explosives-overview', icon: 'DataAnalysis' },
      { route: 'magazines', icon: 'OfficeBuilding' },
      { route: 'vouchers', icon: 'Document' },
      { route: 'stocktakes', icon: 'CircleCheck' },
      { route: 'loss-incidents', icon: 'Warning' },
      { route: 'packaging', icon: 'Paperclip' },
      { route: 'sale-filings', icon: 'Promotion' },
      { route: 'purchase-filings', icon: 'Stamp' },
      { route: 'voucher-trace', icon: 'Search' },
      { route: 'destruction-plans', icon: 'Delete' },
      { route: 'product-catalogue', icon: 'List' },
      { route: 'workshops', icon: 'OfficeBuilding' },  // issue 15 §3
      { route: 'four-over-cases', icon: 'Warning' },
      { route: 'capacity-requests', icon: 'Stamp' },  // issue 15 §1
    ],
  },
  {
    path: '/risk',
    titleKey: 'risk.menu.group',
    icon: 'Warning',
    children: [
      { route: 'risk-units', icon: 'Document' },
      { route: 'risk-map', icon: 'Position' },
      { route: 'risk-major-hazards', icon: 'Warning' },
      { route: 'risk-overview', icon: 'DataAnalysis' },
      { route: 'inspection-tasks', icon: 'CircleCheck' },
      { route: 'inspection-records', icon: 'Document' },
      { route: 'inspection-checklists', icon: 'Document' },
      { route: 'inspection-duties', icon: 'List' },
    ],
  },
  {
    path: '/hidden-dangers-group',
    titleKey: 'hiddenDanger.menu.group',
    icon: 'Warning',
    children: [
      { route: 'hidden-dangers', icon: 'List' },
      { route: 'hidden-danger-report', icon: 'Camera' },
      { route: 'hidden-danger-statistics', icon: 'DataLine' },
      { route: 'enforcement', icon: 'Stamp' },
      { route: 'enforcement-plans', icon: 'DataAnalysis' },
      { route: 'production-halts', icon: 'Warning' },
      { route: 'hd-periodic-reports', icon: 'Document' },
      { route: 'hd-periodic-report-overview', icon: 'DataAnalysis' },
    ],
  },
  // issue 14 §4
  {
    path: '/emergency',
    titleKey: 'accident.menuGroup',
    icon: 'Warning',
    children: [
      { route: 'accidents', icon: 'List' },
      { route: 'accident-report', icon: 'Promotion' },
      { route: 'zero-report-periods', icon: 'Stamp' }, // issue 14 §1
      { route: 'zero-report-today', icon: 'CircleCheck' },
      { route: 'accident-statistics', icon: 'DataAnalysis' },
      { route: 'emergency-resources', icon: 'List' },
      { route: 'emergency-plans', icon: 'Document' }, // issue 14 §2
      { route: 'emergency-plan-filings', icon: 'Stamp' },
      { route: 'drills', icon: 'Camera' }, // issue 14 §3
      { route: 'drill-new', icon: 'Plus' },
      { route: 'drill-compliance', icon: 'DataLine' },
      { route: 'duty-rosters', icon: 'Calendar' },  // issue 14 §1
      { route: 'duty-coverage', icon: 'Warning' },
      { route: 'duty-desk', icon: 'CircleCheck' }, // issue 14 §1 (on shift)
      { route: 'duty-shifts', icon: 'Document' },
      { route: 'duty-spot-checks', icon: 'Stamp' }, // issue 14 §1 值班抽查
      { route: 'duty-spot-check-findings', icon: 'Document' },
    ],
  },
  // issue 15 §2: people's qualifications (人员资格), right after 值班应急
  {
    path: '/qualifications-group',
    titleKey: 'qualification.menu.group',
    icon: 'User',
    children: [
      { route: 'qualification-people', icon: 'User' },
      { route: 'qualification-certificates', icon: 'Warning' },
      { route: 'qualification-training', icon: 'Document' },
      { route: 'qualification-staff', icon: 'School' },
    ],
  },
  // issue 15: 许可与信用 (licences first; the other areas append their entries)
  {
    path: '/licensing-group',
    titleKey: 'licensing.menu.group',
    icon: 'Stamp',
    children: [
      { route: 'licences', icon: 'Document' },
      { route: 'licence-applications', icon: 'Stamp' },
      { route: 'safety-evaluations', icon: 'CircleCheck' },
      { route: 'my-licences', icon: 'OfficeBuilding' },
      { route: 'licence-alerts', icon: 'Warning' }, // issue 15 §1
      { route: 'industry-structure', icon: 'DataAnalysis' }, // issue 15 行业结构
      { route: 'veto-rounds', icon: 'Medal' }, // issue 15 §4 一票否决
      { route: 'veto-applications', icon: 'Document' },
      { route: 'dishonesty-list', icon: 'Warning' }, // issue 15 §4
    ],
  },
  { route: 'notifications', icon: 'Bell' },
  { route: 'api-docs', icon: 'Document' },
  {
    path: '/admin',
    titleKey: 'menu.admin',
    icon: 'Setting',
    children: [
      { route: 'users', icon: 'User' },
      { route: 'agencies', icon: 'School' },
      { route: 'zones', icon: 'Location' },
      { route: 'roles', icon: 'Key' },
      { route: 'security-policy', icon: 'Lock' },
      { route: 'business-settings', icon: 'Setting' },
      { route: 'working-calendar', icon: 'List' },
      { route: 'audit-log', icon: 'Document' },
    ],
  },
]

/** The sidebar: every item carries its route's permissions (any one suffices) and industries. */
export const MENU: MenuItem[] = deriveMenu(MENU_TREE, routes)
