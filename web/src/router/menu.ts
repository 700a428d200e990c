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
    titleKey: 'menu.ledger',
    icon: 'Lock',
    children: [
      { path: '/ledger/overview', titleKey: 'stocktake.overviewMenu', icon: 'DataAnalysis', permissions: ['ledger:read'] },
      { path: '/ledger/stores', titleKey: 'menu.ledgerStores', icon: 'OfficeBuilding', permissions: ['ledger:read'] },
      { path: '/ledger/vouchers', titleKey: 'menu.ledgerVouchers', icon: 'Document', permissions: ['ledger:read'] },
      { path: '/ledger/stocktakes', titleKey: 'stocktake.menu', icon: 'CircleCheck', permissions: ['ledger:read'] },
      { path: '/ledger/loss-incidents', titleKey: 'stocktake.lossMenu', icon: 'Warning', permissions: ['ledger:read'] },
      { path: '/ledger/packages', titleKey: 'stocktake.packageMenu', icon: 'Paperclip', permissions: ['ledger:read'] },
      { path: '/ledger/sale-filings', titleKey: 'stocktake.filingMenu', icon: 'Promotion', permissions: ['ledger:read'] },
      { path: '/ledger/trace', titleKey: 'menu.ledgerTrace', icon: 'Search', permissions: ['ledger:read'] },
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
      { path: '/admin/audit-log', titleKey: 'menu.auditLog', icon: 'Document', permissions: ['audit:read'] },
    ],
  },
]
