/** Shared display rules of the zero-report pages: status colours, progress, the default declaration. */
import type { ZeroReportCounts, ZeroReportDeclaration, ZeroReportStatus } from '@/api/emergency/zero-report'

export const STATUS_TAG: Record<ZeroReportStatus, 'success' | 'danger' | 'warning'> = {
  nothing_abnormal: 'success',
  event: 'warning',
  missing: 'danger',
}

/** Reported share in whole percent (0 when nobody is expected). */
export function reportedPercent(c: Pick<ZeroReportCounts, 'total' | 'reported'> | null | undefined): number {
  if (!c || c.total <= 0) return 0
  return Math.floor((c.reported * 100) / c.total)
}

/** "YYYY-MM-DD" of a date in China (UTC+8), the calendar the periods are declared in. */
export function chinaDay(d: Date = new Date()): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

/** A day plus `n` days, as "YYYY-MM-DD". */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** A fresh declaration: from today for a week, 09:00 China time, reminded two hours ahead. */
export function emptyDeclaration(today = chinaDay()): ZeroReportDeclaration {
  return { title: '', reason: '', first_date: today, last_date: addDays(today, 6), deadline_time: '09:00', remind_minutes: 120, region_code: '', industries: [], note: '' }
}

/** Whether a reminder can be sent: there are missing enterprises on that day. */
export function canRemind(c: ZeroReportCounts | null | undefined): boolean {
  return !!c && c.missing > 0
}
