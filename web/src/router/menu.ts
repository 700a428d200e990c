import type { MenuItem } from '@/utils/menu'

/** The sidebar: every item names the permissions that let a user see it (any one suffices). */
export const MENU: MenuItem[] = [
  { path: '/', titleKey: 'menu.dashboard', icon: 'DataAnalysis', permissions: ['dashboard:read'] },
  { path: '/enterprises', titleKey: 'menu.enterprises', icon: 'OfficeBuilding', permissions: ['enterprise:read'] },
  { path: '/responsibilities', titleKey: 'menu.responsibilities', icon: 'Avatar', permissions: ['responsibility:read'] },
  { path: '/notices', titleKey: 'menu.notices', icon: 'Promotion', permissions: ['notice:send'] },
  { path: '/inbox', titleKey: 'menu.inbox', icon: 'Message', permissions: ['notice:read'] },
  {
    path: '/ledger',
    titleKey: 'menu.explosives',
    icon: 'Lock',
    children: [
      { path: '/ledger/overview', titleKey: 'overview.menu', icon: 'DataAnalysis', permissions: ['ledger:read'] },
      { path: '/ledger/stores', titleKey: 'menu.magazines', icon: 'OfficeBuilding', permissions: ['ledger:read'] },
      { path: '/ledger/vouchers', titleKey: 'menu.vouchers', icon: 'Document', permissions: ['ledger:read'] },
      { path: '/ledger/stocktakes', titleKey: 'stocktake.menu', icon: 'CircleCheck', permissions: ['ledger:read'] },
      { path: '/ledger/loss-incidents', titleKey: 'lossIncident.menu', icon: 'Warning', permissions: ['ledger:read'] },
      { path: '/ledger/packages', titleKey: 'packaging.menu', icon: 'Paperclip', permissions: ['ledger:read'] },
      { path: '/ledger/sale-filings', titleKey: 'filing.saleMenu', icon: 'Promotion', permissions: ['ledger:read'] },
      { path: '/ledger/purchase-filings', titleKey: 'filing.purchase.menu', icon: 'Stamp', permissions: ['ledger:read'] },
      { path: '/ledger/trace', titleKey: 'menu.trace', icon: 'Search', permissions: ['ledger:read'] },
    ],
  },
  {
    path: '/risk',
    titleKey: 'risk.menu.group',
    icon: 'Warning',
    children: [
      { path: '/risk/units', titleKey: 'risk.menu.units', icon: 'Document', permissions: ['risk:read'] },
      { path: '/risk/map', titleKey: 'risk.menu.map', icon: 'Position', permissions: ['risk:read'] },
      { path: '/risk/major-hazards', titleKey: 'risk.menu.majorHazards', icon: 'Warning', permissions: ['risk:read'] },
      { path: '/risk/overview', titleKey: 'risk.menu.overview', icon: 'DataAnalysis', permissions: ['risk:read'] },
      { path: '/inspection/tasks', titleKey: 'investigation.menu.tasks', icon: 'CircleCheck', permissions: ['inspection:read'] },
      { path: '/inspection/records', titleKey: 'investigation.menu.records', icon: 'Document', permissions: ['inspection:read'] },
      { path: '/inspection/checklists', titleKey: 'investigation.menu.checklists', icon: 'Document', permissions: ['inspection:read'] },
      { path: '/inspection/duties', titleKey: 'investigation.menu.duties', icon: 'List', permissions: ['inspection:read'] },
    ],
  },
  {
    path: '/hidden-dangers-group',
    titleKey: 'hiddenDanger.menu.group',
    icon: 'Warning',
    children: [
      { path: '/hidden-dangers', titleKey: 'hiddenDanger.menu.list', icon: 'List', permissions: ['hidden_danger:read'] },
      { path: '/hidden-dangers/report', titleKey: 'hiddenDanger.menu.report', icon: 'Camera', permissions: ['hidden_danger:report'] },
      { path: '/hidden-dangers/statistics', titleKey: 'hiddenDanger.menu.statistics', icon: 'DataLine', permissions: ['hidden_danger:supervise', 'enforcement:write'] },
      { path: '/enforcement', titleKey: 'enforcement.menu', icon: 'Stamp', permissions: ['hidden_danger:read'] },
      { path: '/production-halts', titleKey: 'productionHalt.menu', icon: 'Warning', permissions: ['hidden_danger:read'] },
    ],
  },
  { path: '/notifications', titleKey: 'menu.notifications', icon: 'Bell' },
  {
    path: '/admin',
    titleKey: 'menu.admin',
    icon: 'Setting',
    children: [
      { path: '/admin/users', titleKey: 'menu.users', icon: 'User', permissions: ['user:manage', 'role:manage'] },
      { path: '/admin/agencies', titleKey: 'menu.agencies', icon: 'School', permissions: ['org:manage'] },
      { path: '/admin/roles', titleKey: 'menu.roles', icon: 'Key', permissions: ['role:manage'] },
      { path: '/admin/security-policy', titleKey: 'menu.securityPolicy', icon: 'Lock', permissions: ['policy:manage'] },
      { path: '/admin/business-settings', titleKey: 'settings.menu', icon: 'Setting', permissions: ['settings:read'] },
      { path: '/admin/audit-log', titleKey: 'menu.auditLog', icon: 'Document', permissions: ['audit:read'] },
    ],
  },
]
