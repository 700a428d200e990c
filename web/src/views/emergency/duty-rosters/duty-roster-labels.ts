/** Pure helpers of the duty-roster pages: the month grid, shifts per day, gap ranges, months. */
import type { DutyGap, DutyShift } from '@/api/emergency/duty-rosters'

/** "2026-12" → "2027-01" (n months later; n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number)
  const k = y * 12 + (m - 1) + n
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
}

/** The days of a month as weeks starting on Monday; days outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number)
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7
  const cells: (string | null)[] = Array(lead).fill(null)
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, '0')}`)
  while (cells.length % 7) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/** Active shifts grouped by duty date, each day's by start. */
export function shiftsByDay(shifts: DutyShift[]): Map<string, DutyShift[]> {
  const out = new Map<string, DutyShift[]>()
  for (const s of [...shifts].sort((a, b) => a.starts_at.localeCompare(b.starts_at))) {
    if (s.status !== 'active') continue
    const list = out.get(s.duty_date) ?? []
    list.push(s)
    out.set(s.duty_date, list)
  }
  return out
}

/** "HH:MM" of a China local time "YYYY-MM-DDTHH:MM". */
export function clockOf(local: string): string {
  return local.slice(11, 16)
}

/** "12-13 08:00 – 12-13 20:00": a gap's hour range as the coverage panel shows it. */
export function gapRange(g: Pick<DutyGap, 'start_local' | 'end_local'>): string {
  const f = (s: string) => `${s.slice(5, 10)} ${s.slice(11, 16)}`
  return `${f(g.start_local)} – ${f(g.end_local)}`
}

/** Whether a gap touches a China calendar day ("YYYY-MM-DD"). */
export function gapTouchesDay(g: Pick<DutyGap, 'start_local' | 'end_local'>, day: string): boolean {
  const dayStart = `${day}T00:00`
  const next = new Date(`${day}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  const dayEnd = `${next.toISOString().slice(0, 10)}T00:00`
  return g.start_local < dayEnd && g.end_local > dayStart
}

/** A shift is missing a leader or an officer (a gap of its own). */
export function shiftIncomplete(s: DutyShift): boolean {
  return s.leaders.length === 0 || s.officers.length === 0
}

/** The people of a shift as one line: "张三（带班）、李四". */
export function membersText(s: DutyShift, leaderWord: string): string {
  return [...s.leaders.map((m) => `${m.name}（${leaderWord}）`), ...s.officers.map((m) => m.name)].join('、')
}
