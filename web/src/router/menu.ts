import type { RouteRecordRaw } from 'vue-router'
import { type MenuItem, withRoutePermissions } from '@/utils/menu'
import { routes } from './routes'

/** The sidebar's structure. Who sees an item is not written here: each leaf shows for the
 *  permissions of the route it opens (routes.ts meta.permissions), so a page the router allows is
 *  never missing from the menu (e.g. 隐患统计 for the read-only regulator, via dashboard:read). */
const MENU_ITEMS: MenuItem[] = [
  { path: '/', titleKey: 'menu.dashboard', icon: 'DataAnalysis' },
  { path: '/enterprises', titleKey: 'menu.enterprises', icon: 'OfficeBuilding' },
  { path: '/responsibilities', titleKey: 'menu.responsibilities', icon: 'Avatar' },
  { path: '/notices', titleKey: 'menu.notices', icon: 'Promotion' },
  { path: '/inbox', titleKey: 'menu.inbox', icon: 'Message' },
  {
    path: '/ledger',
    titleKey: 'menu.explosives',
    icon: 'Lock',
    children: [
      { path: '/ledger/overview', titleKey: 'overview.menu', icon: 'DataAnalysis' },
      { path: '/ledger/stores', titleKey: 'menu.magazines', icon: 'OfficeBuilding' },
      { path: '/ledger/vouchers', titleKey: 'menu.vouchers', icon: 'Document' },
      { path: '/ledger/stocktakes', titleKey: 'stocktake.menu', icon: 'CircleCheck' },
      { path: '/ledger/loss-incidents', titleKey: 'lossIncident.menu', icon: 'Warning' },
      { path: '/ledger/packages', titleKey: 'packaging.menu', icon: 'Paperclip' },
      { path: '/ledger/sale-filings', titleKey: 'filing.saleMenu', icon: 'Promotion' },
      { path: '/ledger/purchase-filings', titleKey: 'filing.purchase.menu', icon: 'Stamp' },
      { path: '/ledger/trace', titleKey: 'menu.trace', icon: 'Search' },
    ],
  },
  {
    path: '/risk',
    titleKey: 'risk.menu.group',
    icon: 'Warning',
    children: [
      { path: '/risk/units', titleKey: 'risk.menu.units', icon: 'Document' },
      { path: '/risk/map', titleKey: 'risk.menu.map', icon: 'Position' },
      { path: '/risk/major-hazards', titleKey: 'risk.menu.majorHazards', icon: 'Warning' },
      { path: '/risk/overview', titleKey: 'risk.menu.overview', icon: 'DataAnalysis' },
      { path: '/inspection/tasks', titleKey: 'investigation.menu.tasks', icon: 'CircleCheck' },
      { path: '/inspection/records', titleKey: 'investigation.menu.records', icon: 'Document' },
      { path: '/inspection/checklists', titleKey: 'investigation.menu.checklists', icon: 'Document' },
      { path: '/inspection/duties', titleKey: 'investigation.menu.duties', icon: 'List' },
    ],
  },
  {
    path: '/hidden-dangers-group',
    titleKey: 'hiddenDanger.menu.group',
    icon: 'Warning',
    children: [
      { path: '/hidden-dangers', titleKey: 'hiddenDanger.menu.list', icon: 'List' },
      { path: '/hidden-dangers/report', titleKey: 'hiddenDanger.menu.report', icon: 'Camera' },
      { path: '/hidden-dangers/statistics', titleKey: 'hiddenDanger.menu.statistics', icon: 'DataLine' },
      { path: '/enforcement', titleKey: 'enforcement.menu', icon: 'Stamp' },
    ],
  },
  { path: '/notifications', titleKey: 'menu.notifications', icon: 'Bell' },
  { path: '/api-docs', titleKey: 'menu.apiDocs', icon: 'Document' },
  {
    path: '/admin',
    titleKey: 'menu.admin',
    icon: 'Setting',
    children: [
      { path: '/admin/users', titleKey: 'menu.users', icon: 'User' },
      { path: '/admin/agencies', titleKey: 'menu.agencies', icon: 'School' },
      { path: '/admin/zones', titleKey: 'menu.zones', icon: 'Location' },
      { path: '/admin/roles', titleKey: 'menu.roles', icon: 'Key' },
      { path: '/admin/security-policy', titleKey: 'menu.securityPolicy', icon: 'Lock' },
      { path: '/admin/business-settings', titleKey: 'settings.menu', icon: 'Setting' },
      { path: '/admin/audit-log', titleKey: 'menu.auditLog', icon: 'Document' },
    ],
  },
]

function routePermissions(path: string): string[] | undefined | null {
  const walk = (list: readonly RouteRecordRaw[], base: string): string[] | undefined | null => {
    for (const r of list) {
      const full = r.path.startsWith('/') ? r.path : `${base.replace(/\/$/, '')}/${r.path}`
      if (r.children) {
        const found = walk(r.children, full)
        if (found !== null) return found
      } else if (full === path) {
        return r.meta?.permissions
      }
    }
    return null
  }
  return walk(routes, '')
}

export const MENU: MenuItem[] = withRoutePermissions(MENU_ITEMS, routePermissions)
