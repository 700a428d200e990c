/** Permission lists for the roles page: the server's definitions first, then any code a role carries that they lack. */
export interface PermissionLike {
  code: string
  label_zh: string
  label_en: string
  /** Roles that may hold it (the server's grant table of three-admin separation). */
  holders?: string[]
  administrative?: boolean
}

/** Whether `role` may hold permission `p`: a code the server does not define may go to nobody. */
export function mayHold(p: PermissionLike, role: string): boolean {
  return (p.holders ?? []).includes(role)
}

export function mergePermissions(defs: readonly PermissionLike[], seen: readonly string[]): PermissionLike[] {
  const known = new Set(defs.map((d) => d.code))
  const extra = Array.from(new Set(seen.filter((p) => !known.has(p))))
    .sort()
    .map((code) => ({ code, label_zh: code, label_en: code }))
  return [...defs, ...extra]
}
