/** Pure helpers of the hidden-danger report pages (tested in labels.test.ts). */
import type { HiddenDangerReportFigures, SubmissionStatus } from '@/api/dual-prevention/hidden-danger-report'

export const FIGURE_ROWS = ['found', 'closed', 'open', 'overdue'] as const
export const LEVEL_COLUMNS = ['major', 'ordinary', 'unassessed', 'total'] as const

/** The figures as table rows (one per kind of count), zeros when a count is missing. */
export function figureRows(f: HiddenDangerReportFigures | undefined) {
  return FIGURE_ROWS.map((row) => {
    const c = f?.[row]
    return { row, major: c?.major ?? 0, ordinary: c?.ordinary ?? 0, unassessed: c?.unassessed ?? 0, total: c?.total ?? 0 }
  })
}

/** Fen → yuan text with two decimals ("1234.50"). */
export function yuan(fen: number | null | undefined): string {
  const v = Math.trunc(fen ?? 0)
  const sign = v < 0 ? '-' : ''
  const abs = Math.abs(v)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** The last ended period on `today`: the previous quarter, and the previous year. */
export function lastEnded(today: Date): { year: number; quarter: number; annualYear: number } {
  const q = Math.floor(today.getMonth() / 3) + 1
  return q === 1 ? { year: today.getFullYear() - 1, quarter: 4, annualYear: today.getFullYear() - 1 } : { year: today.getFullYear(), quarter: q - 1, annualYear: today.getFullYear() - 1 }
}

export function statusTagType(s: SubmissionStatus): 'success' | 'warning' | 'info' | 'danger' {
  return s === 'on_time' ? 'success' : s === 'late' ? 'warning' : s === 'pending' ? 'info' : 'danger'
}

export function stateTagType(s: string): 'success' | 'warning' | 'info' {
  return s === 'submitted' ? 'success' : s === 'signed' ? 'warning' : 'info'
}
