/** Permission lists for the roles page: the server's definitions first, then any code a role carries that they lack. */
export interface PermissionLike {
  code: string
  label_zh: string
  label_en: string
}

export function mergePermissions(defs: readonly PermissionLike[], seen: readonly string[]): PermissionLike[] {
  const known = new Set(defs.map((d) => d.code))
  const extra = Array.from(new Set(seen.filter((p) => !known.has(p))))
    .sort()
    .map((code) => ({ code, label_zh: code, label_en: code }))
  return [...defs, ...extra]
}
