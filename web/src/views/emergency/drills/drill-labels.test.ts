import { describe, expect, it } from 'vitest'
import type { Obligation, ScopeCompliance } from '@/api/emergency/drills'
import { byWindow, cleanProblems, obligationNote, obligationTagType, regionSeries, reportTagType } from './drill-labels'

const base: Obligation = {
  rule: 'general', rule_zh: '', plan_id: null, plan_title: '', window_start: '2026-07-01', window_end: '2026-12-31', due: '2027-01-04',
  status: 'due', drill_id: null, done_on: null, days_late: 0, days_left: 20, source: '', source_en: '',
}
const t = (key: string, args?: Record<string, unknown>) => `${key}:${JSON.stringify(args ?? {})}`

describe('drill labels', () => {
  it('colours obligations and reports', () => {
    expect(obligationTagType('late')).toBe('danger')
    expect(obligationTagType('done_late')).toBe('warning')
    expect(obligationTagType('done')).toBe('success')
    expect(reportTagType('acknowledged')).toBe('success')
    expect(reportTagType('none')).toBe('info')
  })

  it('says how late, how long left or when done', () => {
    expect(obligationNote({ ...base, status: 'late', days_late: 12 }, t)).toBe('drill.daysLate:{"n":12}')
    expect(obligationNote({ ...base, status: 'done_late', days_late: 3, done_on: '2027-01-07' }, t)).toBe('drill.doneOn:{"date":"2027-01-07"}，drill.daysLate:{"n":3}')
    expect(obligationNote({ ...base, status: 'done', done_on: '2026-09-01' }, t)).toBe('drill.doneOn:{"date":"2026-09-01"}')
    expect(obligationNote(base, t)).toBe('drill.daysLeft:{"n":20}')
    expect(obligationNote({ ...base, status: 'upcoming' }, t)).toBe('')
  })

  it('groups obligations by period in due order, across the year end', () => {
    const groups = byWindow([
      { ...base, rule: 'onsite_each', plan_id: 3 },
      { ...base, window_start: '2026-01-01', window_end: '2026-06-30', due: '2026-06-30' },
      base,
    ])
    expect(groups.map((g) => g.key)).toEqual(['2026-01-01~2026-06-30', '2026-07-01~2026-12-31'])
    expect(groups[1].items).toHaveLength(2)
    expect(groups[1].due).toBe('2027-01-04')
  })

  it('stacks the regions chart by status', () => {
    const c = {
      regions: [
        { region_code: '370811', region_name: '任城区', enterprises: 2, late_enterprises: 1, done: 3, done_late: 1, due: 2, late: 1 },
        { region_code: '370883', region_name: '邹城市', enterprises: 1, late_enterprises: 0, done: 4, done_late: 0, due: 1, late: 0 },
      ],
    } as ScopeCompliance
    const s = regionSeries(c, (k) => k)
    expect(s.categories).toEqual(['任城区', '邹城市'])
    expect(s.series.map((x) => x.name)).toEqual(['done', 'done_late', 'due', 'late'])
    expect(s.series[3].data).toEqual([1, 0])
  })

  it('drops blank problem lines', () => {
    expect(cleanProblems([' 广播听不清 ', '', '   ', '通道堵塞'])).toEqual(['广播听不清', '通道堵塞'])
  })
})
