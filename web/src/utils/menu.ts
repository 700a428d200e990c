/**
 * The sidebar menu, derived from the route table: a menu entry names a route, and takes its path,
 * title, permissions and industries from that route's meta, so a page and its menu entry can never
 * disagree on who may open it. Then filtered by the user's permissions and enterprise industry.
 */

export interface MenuItem {
  path: string
  titleKey: string
  icon?: string
  /** Shown when the user has any one of these; no list means every signed-in user. */
  permissions?: string[]
  /** Shown to an enterprise account only when its industry is one of these; regulators see all. */
  industries?: string[]
  children?: MenuItem[]
}

/** One entry of the menu's shape: a leaf names a route; a group has its own title and children. */
export type MenuNode = { route: string; icon?: string } | { path: string; titleKey: string; icon?: string; children: MenuNode[] }

/** What deriveMenu reads of a route (vue-router's RouteRecordRaw fits). */
export interface RouteLike {
  path: string
  name?: string | symbol
  meta?: { titleKey?: string; permissions?: string[]; industries?: string[] }
  children?: RouteLike[]
}

function joinPath(parent: string, path: string): string {
  if (path.startsWith('/')) return path
  const base = parent.endsWith('/') ? parent : `${parent}/`
  return path ? `${base}${path}` : parent || '/'
}

/** Every named route with its full path. */
export function namedRoutes(routes: readonly RouteLike[], parent = ''): Map<string, { path: string; meta: NonNullable<RouteLike['meta']> }> {
  const out = new Map<string, { path: string; meta: NonNullable<RouteLike['meta']> }>()
  for (const r of routes) {
    const full = joinPath(parent, r.path)
    if (typeof r.name === 'string') out.set(r.name, { path: full, meta: r.meta ?? {} })
    if (r.children) for (const [k, v] of namedRoutes(r.children, full)) out.set(k, v)
  }
  return out
}

/** Resolves the menu's shape against the routes; an entry naming no route is a programming error. */
export function deriveMenu(nodes: readonly MenuNode[], routes: readonly RouteLike[]): MenuItem[] {
  const byName = namedRoutes(routes)
  const walk = (list: readonly MenuNode[]): MenuItem[] =>
    list.map((n) => {
      if ('route' in n) {
        const r = byName.get(n.route)
        if (!r) throw new Error(`menu entry names no route: ${n.route}`)
        if (!r.meta.titleKey) throw new Error(`route without a title: ${n.route}`)
        const item: MenuItem = { path: r.path, titleKey: r.meta.titleKey, icon: n.icon }
        if (r.meta.permissions) item.permissions = [...r.meta.permissions]
        if (r.meta.industries) item.industries = [...r.meta.industries]
        return item
      }
      return { path: n.path, titleKey: n.titleKey, icon: n.icon, children: walk(n.children) }
    })
  return walk(nodes)
}

export function hasAny(userPermissions: readonly string[], required?: readonly string[]): boolean {
  if (!required || required.length === 0) return true
  return required.some((p) => userPermissions.includes(p))
}

/** An enterprise account sees a page of an industry only when it is of that industry; accounts
 *  without an enterprise (regulators, administrators) are not limited by industry. */
export function fitsIndustry(industry: string | null | undefined, required?: readonly string[]): boolean {
  if (!required || required.length === 0 || !industry) return true
  return required.includes(industry)
}

/** Keeps the items the user may open; groups that end up empty are dropped. */
export function filterMenu(items: readonly MenuItem[], userPermissions: readonly string[], industry?: string | null): MenuItem[] {
  const out: MenuItem[] = []
  for (const item of items) {
    if (!hasAny(userPermissions, item.permissions) || !fitsIndustry(industry, item.industries)) continue
    if (item.children) {
      const children = filterMenu(item.children, userPermissions, industry)
      if (children.length === 0) continue
      out.push({ ...item, children })
    } else {
      out.push(item)
    }
  }
  return out
}

/** The first leaf path the user can open, used as the landing page. */
export function firstPath(items: readonly MenuItem[]): string | null {
  for (const item of items) {
    if (item.children) {
      const p = firstPath(item.children)
      if (p) return p
    } else {
      return item.path
    }
  }
  return null
}

/** The menu trail to `path` (the page itself or the menu entry it belongs to): its group, then the entry. */
export function menuTrail(items: readonly MenuItem[], path: string): MenuItem[] {
  for (const item of items) {
    if (item.children) {
      const below = menuTrail(item.children, path)
      if (below.length) return [item, ...below]
    } else if (item.path === path) {
      return [item]
    }
  }
  return []
}

export interface Crumb {
  titleKey: string
  path?: string
}

/**
 * The breadcrumb of a page: 首页, the menu group, the menu entry (a link when the page is a detail
 * below it), then the page itself when it is not the entry. `activeMenu`: the entry a detail page belongs to.
 */
export function breadcrumbOf(items: readonly MenuItem[], path: string, titleKey: string | undefined, activeMenu?: string): Crumb[] {
  const trail = menuTrail(items, activeMenu || path)
  const crumbs: Crumb[] = []
  if (path !== '/') crumbs.push({ titleKey: 'menu.dashboard', path: '/' })
  for (const item of trail) crumbs.push(item.children ? { titleKey: item.titleKey } : { titleKey: item.titleKey, path: item.path === path ? undefined : item.path })
  const last = crumbs[crumbs.length - 1]
  if (titleKey && (!last || last.titleKey !== titleKey || last.path)) crumbs.push({ titleKey })
  return crumbs
}
