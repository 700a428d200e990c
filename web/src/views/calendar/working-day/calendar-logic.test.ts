import { describe, expect, it } from 'vitest'
import { isoWeekday, monthGrid, rowErrors, sortedRows, workingDaysOf, type DayEntry } from './calendar-logic'

// 2026 as the State Council's notice (国办 2025年11月4日) sets it.
const days2026: DayEntry[] = []
const range = (from: string, to: string, name: string) => {
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days2026.push({ date: d.toISOString().slice(0, 10), kind: 'holiday', name })
}
range('2026-01-01', '2026-01-03', '元旦')
range('2026-02-15', '2026-02-23', '春节')
range('2026-04-04', '2026-04-06', '清明节')
range('2026-05-01', '2026-05-05', '劳动节')
range('2026-06-19', '2026-06-21', '端午节')
range('2026-09-25', '2026-09-27', '中秋节')
range('2026-10-01', '2026-10-07', '国庆节')
for (const [date, name] of [['2026-01-04', '元旦'], ['2026-02-14', '春节'], ['2026-02-28', '春节'], ['2026-05-09', '劳动节'], ['2026-09-20', '国庆节'], ['2026-10-10', '国庆节']])
  days2026.push({ date, kind: 'workday', name })

describe('working-day calendar', () => {
  it('knows ISO weekdays', () => {
    expect(isoWeekday('2026-12-07')).toBe(1)
    expect(isoWeekday('2026-12-06')).toBe(7)
    expect(isoWeekday('2026-10-10')).toBe(6)
  })

  it('lays a month out Monday first with holidays, adjusted working days and weekends', () => {
    const oct = monthGrid(2026, 10, days2026)
    // 1 October 2026 is a Thursday: three blanks first.
    expect(oct.slice(0, 3).every((c) => c.state === 'blank')).toBe(true)
    const cell = (d: string) => oct.find((c) => c.date === d)!
    expect(cell('2026-10-01').state).toBe('holiday')
    expect(cell('2026-10-01').name).toBe('国庆节')
    expect(cell('2026-10-08').state).toBe('work')
    expect(cell('2026-10-10').state).toBe('workday')
    expect(cell('2026-10-11').state).toBe('rest')
    expect(oct.filter((c) => c.state !== 'blank')).toHaveLength(31)
  })

  it('counts the working days of a year as the server does', () => {
    expect(workingDaysOf(2026, days2026)).toBe(248)
    expect(workingDaysOf(2026, [])).toBe(261)
  })

  it('sorts rows and maps server errors onto them', () => {
    const rows = sortedRows([{ date: '2027-02-01', kind: 'holiday', name: 'b' }, { date: '', kind: 'holiday', name: 'x' }, { date: '2027-01-01', kind: 'holiday', name: 'a' }])
    expect(rows.map((r) => r.name)).toEqual(['a', 'b', 'x'])
    expect(rowErrors({ 'days[1].kind': '只有周六或周日可以设为调休上班日', 'days[10].date': 'x', source: '必填' }, 1)).toEqual(['只有周六或周日可以设为调休上班日'])
  })
})
