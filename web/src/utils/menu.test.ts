import { describe, expect, it } from 'vitest'
import { breadcrumbOf, deriveMenu, filterMenu, firstPath, fitsIndustry, hasAny, namedRoutes, type MenuItem } from './menu'
import { MENU, MENU_TREE } from '@/router/menu'
import { routes } from '@/router/routes'

const paths = (perms: string[]) =>
  filterMenu(MENU, perms).flatMap((i) => (i.children ? [i.path, ...i.children.map((c) => c.path)] : [i.path]))

describe('menu filtering', () => {
  it('shows a city regulator the business pages and no administration', () => {
    const p = paths(['dashboard:read', 'enterprise:read', 'enterprise:write', 'responsibility:read', 'notice:read', 'notice:send'])
    expect(p).toEqual(['/', '/enterprises', '/responsibilities', '/notices', '/inbox', '/notifications', '/api-docs'])
  })

  it('shows the audit administrator the audit log but not users', () => {
    const p = paths(['audit:read'])
    expect(p).toContain('/admin/audit-log')
    expect(p).not.toContain('/admin/users')
    expect(p).not.toContain('/enterprises')
  })

  it('hides the audit log from the system administrator', () => {
    const p = paths(['user:manage', 'org:manage'])
    expect(p).toContain('/admin/users')
    expect(p).not.toContain('/admin/audit-log')
    expect(p).not.toContain('/admin/roles')
  })

  it('shows the product catalogue to the system administrator, who keeps the deployment\'s (issue 11 §2)', () => {
    expect(paths(['user:manage', 'settings:read', 'settings:manage'])).toContain('/ledger/products')
    expect(paths(['audit:read'])).not.toContain('/ledger/products')
  })

  it('shows business settings to whoever may read them, not to the audit administrator', () => {
    expect(paths(['user:manage', 'settings:read', 'settings:manage'])).toContain('/admin/business-settings')
    expect(paths(['audit:read'])).not.toContain('/admin/business-settings')
  })

  it('drops a group whose children are all hidden', () => {
    expect(paths(['notice:read'])).toEqual(['/inbox', '/notifications', '/api-docs'])
  })

  it('lets any of several permissions open an item', () => {
    expect(hasAny(['role:manage'], ['user:manage', 'role:manage'])).toBe(true)
    expect(hasAny([], ['user:manage'])).toBe(false)
    expect(hasAny([], undefined)).toBe(true)
  })

  it('picks the first reachable page as landing page', () => {
    expect(firstPath(filterMenu(MENU, ['audit:read']))).toBe('/notifications')
    expect(firstPath(filterMenu(MENU, ['dashboard:read']))).toBe('/')
    expect(firstPath(filterMenu(MENU, ['notice:read']))).toBe('/inbox')
  })
})

// The default permissions of the built-in roles (server/src/identity/roles_rules.cpp DefaultPermissions).
const ROLE = {
  regulator_rw: ['enterprise:read', 'enterprise:write', 'enterprise:import', 'enterprise:profile', 'responsibility:read', 'responsibility:write', 'notice:read', 'notice:send', 'notice:feedback', 'agency:read', 'dashboard:read', 'ledger:read', 'risk:read', 'inspection:read', 'hidden_danger:read', 'hidden_danger:supervise', 'enforcement:write', 'settings:read', 'accident:read', 'accident:report', 'accident:forward', 'zero_report:read', 'zero_report:supervise', 'emergency_plan:read', 'emergency_plan:filing_review', 'duty_roster:read', 'duty_roster:manage', 'duty_roster:swap', 'duty_shift:read', 'duty_shift:write', 'duty_spot_check:read', 'duty_spot_check:write', 'duty_spot_check:answer'],
  regulator_ro: ['enterprise:read', 'responsibility:read', 'agency:read', 'notice:read', 'dashboard:read', 'ledger:read', 'risk:read', 'inspection:read', 'hidden_danger:read', 'settings:read', 'accident:read', 'zero_report:read', 'emergency_plan:read', 'duty_roster:read', 'duty_roster:swap', 'duty_shift:read', 'duty_shift:write', 'duty_spot_check:read'],
  ent_principal: ['enterprise:read', 'enterprise:profile', 'responsibility:read', 'responsibility:write', 'notice:read', 'notice:feedback', 'dashboard:read', 'ledger:read', 'ledger:write', 'ledger:manage', 'risk:read', 'risk:write', 'inspection:read', 'inspection:write', 'hidden_danger:read', 'hidden_danger:report', 'hidden_danger:handle', 'accident:read', 'accident:report', 'zero_report:report', 'emergency_plan:read', 'emergency_plan:write', 'emergency_plan:publish', 'duty_roster:read', 'duty_roster:manage', 'duty_roster:swap', 'duty_shift:read', 'duty_shift:write', 'duty_spot_check:read', 'duty_spot_check:answer'],
}
const leaves = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => (i.children ? leaves(i.children) : [i]))
const pathsOf = (perms: string[], industry?: string | null) => leaves(filterMenu(MENU, perms, industry)).map((i) => i.path)

describe('menu derived from the route table', () => {
  it('takes every entry’s path, title and permissions from its route', () => {
    const byName = namedRoutes(routes)
    for (const node of MENU_TREE.flatMap((n) => ('route' in n ? [n] : n.children))) {
      if (!('route' in node)) continue
      const r = byName.get(node.route)!
      const item = leaves(MENU).find((i) => i.path === r.path)!
      expect(item.titleKey).toBe(r.meta.titleKey)
      expect(item.permissions).toEqual(r.meta.permissions)
      expect(item.industries).toEqual(r.meta.industries)
    }
  })

  it('refuses an entry naming no route', () => {
    expect(() => deriveMenu([{ route: 'no-such-page' }], routes)).toThrow(/no-such-page/)
  })

  it('shows the read-only regulator the hidden-danger statistics its page serves', () => {
    const p = pathsOf(ROLE.regulator_ro)
    expect(p).toContain('/hidden-dangers/statistics')
    expect(p).toContain('/hidden-dangers')
    expect(p).not.toContain('/notices')
    expect(p).not.toContain('/enforcement/new')
  })

  it('hides the civil-explosives menu from a chemical company and shows it to a producer', () => {
    const chemical = pathsOf(ROLE.ent_principal, 'hazardous_chemicals')
    expect(chemical.filter((p) => p.startsWith('/ledger'))).toEqual([])
    expect(chemical).toContain('/hidden-dangers')
    expect(chemical).toContain('/risk/units')
    const producer = pathsOf(ROLE.ent_principal, 'civil_explosives_production')
    expect(producer).toContain('/ledger/vouchers')
    expect(producer).toContain('/ledger/stocktakes')
    expect(pathsOf(ROLE.ent_principal, 'civil_explosives_sales')).toContain('/ledger/sale-filings')
  })

  it('shows the qualifications group: people to enterprises, enforcement staff to regulators (issue 15 §2)', () => {
    expect(paths(['qualification:read', 'qualification:write'])).toEqual(expect.arrayContaining(['/qualifications/people', '/qualifications/certificates', '/qualifications/training']))
    expect(paths(['qualification:read', 'qualification:write'])).not.toContain('/qualifications/staff')
    expect(paths(['qualification:read', 'staff_training:manage'])).toContain('/qualifications/staff')
  })

  it('shows accident statistics and emergency resources to regulators and enterprises (issue 14 §2, §4)', () => {
    expect(pathsOf([...ROLE.regulator_ro, 'emergency_resource:read'])).toEqual(expect.arrayContaining(['/emergency/accident-statistics', '/emergency/resources']))
    expect(pathsOf([...ROLE.ent_principal, 'emergency_resource:read'], 'hazardous_chemicals')).toContain('/emergency/resources')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/emergency/resources')
  })

  it('shows the licensing group: the register to regulators, my licences to enterprises that apply (issue 15 §1)', () => {
    const regulator = pathsOf([...ROLE.regulator_rw, 'licence:read', 'licence:manage', 'licence:decide'])
    expect(regulator).toEqual(expect.arrayContaining(['/licensing/licences', '/licensing/applications', '/licensing/safety-evaluations']))
    expect(regulator).not.toContain('/licensing/mine')
    expect(pathsOf([...ROLE.ent_principal, 'licence:read', 'licence:apply'], 'hazardous_chemicals')).toContain('/licensing/mine')
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals').filter((p) => p.startsWith('/licensing'))).toEqual([])
  })

  it('shows emergency plans to enterprises and regulators, the filing review to writing regulators only (issue 14 §2)', () => {
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).toContain('/emergency/plans')
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).not.toContain('/emergency/plan-filings')
    expect(pathsOf(ROLE.regulator_rw)).toContain('/emergency/plan-filings')
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/plans')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/emergency/plan-filings')
  })

  it('lets the enterprise record drills and regulators read drills and their compliance (issue 14 §3)', () => {
    expect(pathsOf([...ROLE.ent_principal, 'drill:read', 'drill:write'], 'hazardous_chemicals')).toContain('/emergency/drills/new')
    expect(pathsOf([...ROLE.regulator_ro, 'drill:read'])).toContain('/emergency/drill-compliance')
    expect(pathsOf([...ROLE.regulator_ro, 'drill:read'])).toContain('/emergency/drills')
    expect(pathsOf([...ROLE.regulator_rw, 'drill:read', 'drill:acknowledge'])).not.toContain('/emergency/drills/new')
  })

  it('shows the licence warnings (许可条件预警) to regulators only, in the 许可与信用 group (issue 15 §1)', () => {
    expect(pathsOf([...ROLE.regulator_ro, 'licence_check:read'])).toContain('/licensing/licence-alerts')
    expect(pathsOf([...ROLE.regulator_ro, 'licence_check:read'])).toContain('/licensing/industry-structure')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/licensing/licence-alerts')
    expect(pathsOf([...ROLE.ent_principal, 'licence_check:read'], 'civil_explosives_production')).not.toContain('/licensing/licence-alerts')
  })

  it('shows veto rounds to regulators and each enterprise its own application results (issue 15 §4)', () => {
    expect(pathsOf([...ROLE.regulator_ro, 'veto:read'])).toContain('/credit/veto-rounds')
    expect(pathsOf([...ROLE.ent_principal, 'veto:read', 'veto:apply'], 'hazardous_chemicals')).toContain('/credit/veto-applications')
    expect(pathsOf([...ROLE.ent_principal, 'veto:read', 'veto:apply'], 'hazardous_chemicals')).not.toContain('/credit/veto-rounds')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/credit/veto-rounds')
  })

  it('lets every enterprise report an accident and the read-only regulator only read them (issue 14 §4)', () => {
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).toContain('/emergency/accidents/new')
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/accidents')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/emergency/accidents/new')
  })

  it('shows the zero-report board to regulators and the daily report to enterprises (issue 14 §1)', () => {
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/zero-report')
    expect(pathsOf(ROLE.regulator_rw)).not.toContain('/emergency/zero-report/today')
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).toContain('/emergency/zero-report/today')
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).not.toContain('/emergency/zero-report')
  })

  it('lets every unit keep its duty roster and see its coverage (issue 14 §1)', () => {
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).toContain('/emergency/duty-rosters')
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/duty-coverage')
    expect(pathsOf(['notice:read'])).not.toContain('/emergency/duty-rosters')
  })

  it('gives every enterprise and agency account the on-shift desk and the shift list (issue 14 §1)', () => {
    expect(pathsOf(ROLE.ent_principal, 'hazardous_chemicals')).toContain('/emergency/duty-desk')
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/duty-shifts')
    expect(pathsOf(['accident:read'])).not.toContain('/emergency/duty-desk')
  })

  it('shows the spot-check rounds to the regulators who run them and the findings to the unit checked (issue 14 §1)', () => {
    expect(pathsOf(ROLE.regulator_rw)).toContain('/emergency/duty-spot-checks')
    expect(pathsOf(ROLE.ent_principal, 'civil_explosives_production')).not.toContain('/emergency/duty-spot-checks')
    expect(pathsOf(ROLE.ent_principal, 'civil_explosives_production')).toContain('/emergency/duty-spot-check-findings')
    expect(pathsOf(ROLE.regulator_ro)).toContain('/emergency/duty-spot-check-findings')
  })

  it('shows the dishonesty list in 许可与信用 to whoever holds credit:read (issue 15 §4)', () => {
    expect(pathsOf([...ROLE.regulator_ro, 'credit:read'])).toContain('/credit/dishonesty-list')
    expect(pathsOf(ROLE.regulator_ro)).not.toContain('/credit/dishonesty-list')
    const group = MENU.find((i) => i.path === '/licensing-group')
    expect(group?.titleKey).toBe('licensing.menu.group')
  })

  it('does not limit regulators by industry', () => {
    expect(pathsOf(ROLE.regulator_rw, null)).toContain('/ledger/overview')
    expect(pathsOf(ROLE.regulator_rw, null)).toContain('/ledger/capacity-requests')  // issue 15 §1
    expect(fitsIndustry(null, ['civil_explosives_production'])).toBe(true)
    expect(fitsIndustry('general', ['civil_explosives_production'])).toBe(false)
    expect(fitsIndustry('general', undefined)).toBe(true)
  })
})

describe('breadcrumbs from the menu', () => {
  it('name the group, the entry and a detail page below it', () => {
    expect(breadcrumbOf(MENU, '/ledger/vouchers/12', 'voucher.voucherDetail', '/ledger/vouchers')).toEqual([
      { titleKey: 'menu.dashboard', path: '/' },
      { titleKey: 'menu.explosives' },
      { titleKey: 'menu.vouchers', path: '/ledger/vouchers' },
      { titleKey: 'voucher.voucherDetail' },
    ])
  })

  it('end at the entry itself on a list page, and give the home page no trail', () => {
    expect(breadcrumbOf(MENU, '/hidden-dangers', 'hiddenDanger.menu.list')).toEqual([
      { titleKey: 'menu.dashboard', path: '/' },
      { titleKey: 'hiddenDanger.menu.group' },
      { titleKey: 'hiddenDanger.menu.list' },
    ])
    expect(breadcrumbOf(MENU, '/', 'menu.dashboard')).toEqual([{ titleKey: 'menu.dashboard' }])
  })

  it('give every page of the route table a title', () => {
    for (const [name, r] of namedRoutes(routes)) expect(r.meta.titleKey, name).toBeTruthy()
  })

  it('shows hazardous workshops and 四超 to producers and regulators, not to sellers (issue 15 §3)', () => {
    const producer = pathsOf(ROLE.ent_principal, 'civil_explosives_production')
    expect(producer).toContain('/ledger/workshops')
    expect(producer).toContain('/ledger/four-over')
    expect(pathsOf(ROLE.ent_principal, 'civil_explosives_sales')).not.toContain('/ledger/workshops')
    expect(pathsOf(ROLE.regulator_ro, null)).toContain('/ledger/four-over')
  })
})
