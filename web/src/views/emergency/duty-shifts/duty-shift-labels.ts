/** Pure display rules of the on-shift pages: handover state colours, the check-in state, what a handover passes on. */
import type { DutyHandover, DutyOpenItem, DutyShift } from '@/api/emergency/duty-shifts'

export const HANDOVER_TAG: Record<DutyHandover['status'] | 'none', 'success' | 'danger' | 'warning' | 'info'> = {
  acknowledged: 'success',
  pending: 'warning',
  overdue: 'danger',
  none: 'info',
}

/** Where a member stands: checked in (late or not), checked out, or not in yet. */
export type AttendanceState = 'out' | 'late' | 'in' | 'absent'
export function attendanceState(m: { checked_in_at?: string | null; checked_out_at?: string | null; late_minutes?: number }): AttendanceState {
  if (m.checked_out_at) return 'out'
  if (m.checked_in_at) return (m.late_minutes ?? 0) > 0 ? 'late' : 'in'
  return 'absent'
}

/** The check-in window as the desk explains it at `now` (ms). */
export type WindowState = 'not_open' | 'open' | 'closed'
export function windowState(s: Pick<DutyShift, 'check_in_opens_at' | 'check_in_closes_at'>, now: number): WindowState {
  if (now < Date.parse(s.check_in_opens_at)) return 'not_open'
  if (now > Date.parse(s.check_in_closes_at)) return 'closed'
  return 'open'
}

/** Items on the shift's list that are still open (carried on by its handover). */
export function stillOpen(items: DutyOpenItem[]): DutyOpenItem[] {
  return items.filter((i) => !i.closed)
}

/** A handover form's rows as the API takes them: blank rows dropped, text trimmed. */
export function handoverItems(rows: { text: string; from_entry_id?: number | null }[]): { text: string; from_entry_id?: number }[] {
  return rows
    .map((r) => ({ text: r.text.trim(), from_entry_id: r.from_entry_id ?? undefined }))
    .filter((r) => r.text.length > 0)
    .map((r) => (r.from_entry_id ? r : { text: r.text }))
}

/** How many items the incoming shift receives: the new ones plus those still open on this shift's list. */
export function itemsPassedOn(newItems: number, list: DutyOpenItem[]): number {
  return newItems + stillOpen(list).length
}

/** The China calendar day (YYYY-MM-DD) of an instant (ms): the server counts days in China time. */
export function chinaDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(ms))
}
