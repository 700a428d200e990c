import { describe, expect, it } from 'vitest'
import { filterMenu, firstPath, hasAny, withRoutePermissions } from './menu'
import { MENU } from '@/router/menu'

const paths = (perms: string[]) =>
  filterMenu(MENU, perms).flatMap((i) => (i.children ? [i.path, ...i.children.map((c) => c.path)] : [i.path]))

describe('menu filtering', () => {
  it('shows a city regulator the business pages and no administration', () => {
    const p = paths(['dashboard:read', 'enterprise:read', 'enterprise:write', 'responsibility:read', 'notice:read', 'notice:send'])
    // (the hidden-danger statistics: its route admits dashboard:read)
    expect(p).toEqual(['/', '/enterprises', '/responsibilities', '/notices', '/inbox', '/hidden-dangers-group',
      '/hidden-dangers/statistics', '/notifications', '/api-docs'])
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

describe('menu derived from the route table', () => {
  it('offers every page the router allows: the read-only regulator sees the hidden-danger statistics', () => {
    // regulator_ro: read permissions and dashboard:read, no supervise/enforcement:write.
    const p = paths(['dashboard:read', 'enterprise:read', 'hidden_danger:read', 'risk:read', 'inspection:read', 'ledger:read', 'notice:read'])
    expect(p).toContain('/hidden-dangers/statistics')
    expect(p).not.toContain('/hidden-dangers/report')
  })

  it('gives each leaf exactly its route\u2019s permissions and refuses a leaf without a route', () => {
    const stats = MENU.flatMap((i) => i.children ?? [i]).find((i) => i.path === '/hidden-dangers/statistics')
    expect(stats?.permissions).toEqual(['hidden_danger:supervise', 'enforcement:write', 'dashboard:read'])
    expect(() => withRoutePermissions([{ path: '/nowhere', titleKey: 'x' }], () => null)).toThrow('/nowhere')
  })
})
