/** The working-day calendar page's pure logic: the kind of each day of a month grid (the server's rule,
 * calendar/working_day_rules.hpp: an entry decides; else Saturday and Sunday rest), and the edit rows. */

export type DayKind = 'holiday' | 'workday'

export interface DayEntry {
  date: string
  kind: DayKind
  name: string
}

export interface GridCell {
  /** YYYY-MM-DD, or '' for the blanks before the 1st. */
  date: string
  day: number
  /** rest: a weekend day without an entry; work: a weekday without an entry. */
  state: 'holiday' | 'workday' | 'rest' | 'work' | 'blank'
  name: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** ISO weekday of a calendar date: Monday 1 … Sunday 7 (UTC arithmetic, no time zone). */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay()
  return w === 0 ? 7 : w
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The cells of a month, Monday first, with the blanks before the 1st. */
export function monthGrid(year: number, month: number, entries: DayEntry[]): GridCell[] {
  const byDate = new Map(entries.map((e) => [e.date, e]))
  const first = isoDate(year, month, 1)
  const cells: GridCell[] = []
  for (let i = 1; i < isoWeekday(first); i++) cells.push({ date: '', day: 0, state: 'blank', name: '' })
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const date = isoDate(year, month, d)
    const e = byDate.get(date)
    const state = e ? e.kind : isoWeekday(date) >= 6 ? 'rest' : 'work'
    cells.push({ date, day: d, state, name: e?.name ?? '' })
  }
  return cells
}

/** Working days of a year on these entries (the server's `working_days`). */
export function workingDaysOf(year: number, entries: DayEntry[]): number {
  let n = 0
  for (let m = 1; m <= 12; m++)
    for (const c of monthGrid(year, m, entries)) if (c.state === 'work' || c.state === 'workday') n++
  return n
}

/** The rows to send, sorted by date (blank dates kept so the server names them). */
export function sortedRows(rows: DayEntry[]): DayEntry[] {
  return [...rows].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999'))
}

/** The server's errors by field path (`days[2].date`) mapped onto the rows as sent. */
export function rowErrors(errors: Record<string, string>, index: number): string[] {
  const prefix = `days[${index}].`
  return Object.entries(errors)
    .filter(([k]) => k.startsWith(prefix))
    .map(([, v]) => v)
}
