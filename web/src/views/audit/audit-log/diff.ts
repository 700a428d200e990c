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

/** A value as a person reads it: 是/否, lists joined with 、, objects as `label：value` pairs (never raw JSON). */
export function displayValue(v: unknown, label: (key: string) => string = (k) => k, zh = true): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'boolean') return zh ? (v ? '是' : '否') : v ? 'yes' : 'no'
  if (Array.isArray(v)) return v.length ? v.map((x) => displayValue(x, label, zh)).join(zh ? '、' : ', ') : '—'
  if (typeof v === 'object') {
    const parts = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${label(k)}${zh ? '：' : ': '}${displayValue(x, label, zh)}`)
    return parts.length ? parts.join(zh ? '；' : '; ') : '—'
  }
  return String(v)
}

/**
 * The label of an audited field: the audit's own words (`audit.fields.<key>`), else the one field
 * mapping of the forms (`fieldPathLabel`), else the key itself.
 */
export function auditFieldLabel(key: string, t: (k: string) => string, te: (k: string) => boolean, formLabel: (k: string) => string): string {
  if (te(`audit.fields.${key}`)) return t(`audit.fields.${key}`)
  return formLabel(key) || key
}
