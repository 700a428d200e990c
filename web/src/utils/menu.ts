/** Permission-based filtering of the sidebar menu (and the routes it points at). */

export interface MenuItem {
  path: string
  titleKey: string
  icon?: string
  /** Shown when the user has any one of these; no list means every signed-in user. A leaf's list
   *  is the one of the route it opens (withRoutePermissions), never written by hand. */
  permissions?: string[]
  children?: MenuItem[]
}

/** The route table's permissions by absolute path; `null` when no route has the path. */
export type RoutePermissionLookup = (path: string) => string[] | undefined | null

/** Gives every leaf the permissions of the route it opens, so the menu offers exactly the pages
 *  the router lets the user open (one source: the route's meta.permissions). A leaf whose path
 *  no route has is an error. */
export function withRoutePermissions(items: readonly MenuItem[], lookup: RoutePermissionLookup): MenuItem[] {
  return items.map((item) => {
    if (item.children) return { ...item, children: withRoutePermissions(item.children, lookup) }
    const permissions = lookup(item.path)
    if (permissions === null) throw new Error(`menu item ${item.path} opens no route`)
    return { ...item, permissions: permissions ? [...permissions] : undefined }
  })
}

export function hasAny(userPermissions: readonly string[], required?: readonly string[]): boolean {
  if (!required || required.length === 0) return true
  return required.some((p) => userPermissions.includes(p))
}

/** Keeps the items the user may open; groups that end up empty are dropped. */
export function filterMenu(items: readonly MenuItem[], userPermissions: readonly string[]): MenuItem[] {
  const out: MenuItem[] = []
  for (const item of items) {
    if (!hasAny(userPermissions, item.permissions)) continue
    if (item.children) {
      const children = filterMenu(item.children, userPermissions)
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
