/** Field-level differences between an audit entry's `before` and `after` snapshots. */

export interface FieldChange {
  field: string
  before: unknown
  after: unknown
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

export function diffObjects(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const b = before || {}
  const a = after || {}
  const keys = Array.from(new Set([...Object.keys(b), ...Object.keys(a)])).sort()
  return keys.filter((k) => !same(b[k], a[k])).map((k) => ({ field: k, before: b[k], after: a[k] }))
}

export function displayValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'object') return JSON.stringify(v)
  return String(v)
}
