/** Pure helpers of the enterprise import dialog (what it says while busy, how errors are labelled). */
import type { ImportError, ImportResult } from '@/api/registry/enterprise'

export type ImportPhase = 'idle' | 'uploading' | 'processing'

/** While the request runs: the upload first (its progress is known), then the server checks and writes. */
export function importPhase(busy: boolean, uploadPercent: number): ImportPhase {
  if (!busy) return 'idle'
  return uploadPercent < 100 ? 'uploading' : 'processing'
}

/**
 * A field's name as the user knows it: the form label when the UI has one (`translate` returns
 * undefined otherwise), else the template column the server named, else the key.
 */
export function importFieldLabel(field: string, result: Pick<ImportResult, 'errors_by_field'> | null, translate: (key: string) => string | undefined): string {
  if (!field) return '—'
  const own = translate(field)
  if (own) return own
  return result?.errors_by_field.find((f) => f.field === field)?.label_zh || field
}

/** The text of an error in the UI language: Chinese when there is one and the UI is Chinese. */
export function importMessage(row: Pick<ImportError, 'message' | 'message_zh'>, locale: string): string {
  return locale === 'zh-CN' && row.message_zh ? row.message_zh : row.message
}

/** A 422 answer whose errors carry line numbers, shown like an import answer. */
export function resultFromLineErrors(errors: ImportError[]): ImportResult {
  const byRule = new Map<string, { rule: string; message: string; message_zh: string; count: number }>()
  const byField = new Map<string, number>()
  for (const e of errors) {
    const r = byRule.get(e.rule) ?? { rule: e.rule, message: e.message, message_zh: e.message_zh ?? '', count: 0 }
    r.count += 1
    byRule.set(e.rule, r)
    byField.set(e.field, (byField.get(e.field) ?? 0) + 1)
  }
  return {
    total_rows: 0,
    imported: 0,
    skipped: 0,
    error_count: errors.length,
    error_rows: new Set(errors.map((e) => e.line)).size,
    errors,
    errors_truncated: false,
    errors_by_rule: [...byRule.values()].sort((a, b) => b.count - a.count),
    errors_by_field: [...byField.entries()].map(([field, count]) => ({ field, label_zh: '', count })).sort((a, b) => b.count - a.count),
    report_id: null,
    report_rows: 0,
    report_truncated: false,
    report_expires_at: null,
  }
}
