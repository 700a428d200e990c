/** Permission-based filtering of the sidebar menu (and the routes it points at). */

export interface MenuItem {
  path: string
  titleKey: string
  icon?: string
  /** Shown when the user has any one of these; no list means every signed-in user. */
  permissions?: string[]
  children?: MenuItem[]
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
