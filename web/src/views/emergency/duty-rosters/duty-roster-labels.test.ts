import { describe, expect, it } from 'vitest'
import type { DutyShift } from '@/api/emergency/duty-rosters'
import { addMonths, clockOf, gapRange, gapTouchesDay, membersText, monthWeeks, shiftIncomplete, shiftsByDay } from './duty-roster-labels'

const shift = (id: number, date: string, start: string, extra: Partial<DutyShift> = {}): DutyShift => ({
  id, unit_kind: 'enterprise', unit_id: 1, duty_date: date, slot_seq: 1, label: '白班', starts_at: `${date}T${start}:00Z`, ends_at: '',
  starts_local: `${date}T${start}`, ends_local: '', hours: 12, phone: '0537', note: '', status: 'active', version: 1, updated_at: '',
  leaders: [{ user_id: 1, name: '甲', role: 'leader' }], officers: [{ user_id: 2, name: '乙', role: 'officer' }], ...extra,
})

describe('duty roster labels', () => {
  it('moves months across the year end', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01')
    expect(addMonths('2027-01', -1)).toBe('2026-12')
    expect(addMonths('2026-03', 0)).toBe('2026-03')
  })
  it('lays a month out in weeks starting on Monday', () => {
    const w = monthWeeks('2026-12') // 1 December 2026 is a Tuesday
    expect(w[0]).toEqual([null, '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(w.flat().filter(Boolean)).toHaveLength(31)
    expect(w.every((week) => week.length === 7)).toBe(true)
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28)
  })
  it('groups active shifts by day in start order', () => {
    const m = shiftsByDay([shift(2, '2026-12-07', '20:00'), shift(1, '2026-12-07', '08:00'), shift(3, '2026-12-08', '08:00', { status: 'cancelled' })])
    expect(m.get('2026-12-07')!.map((s) => s.id)).toEqual([1, 2])
    expect(m.has('2026-12-08')).toBe(false)
  })
  it('shows a gap as its hour range and on every day it touches', () => {
    const g = { start_local: '2026-12-13T20:00', end_local: '2026-12-14T08:00' }
    expect(gapRange(g)).toBe('12-13 20:00 – 12-14 08:00')
    expect(gapTouchesDay(g, '2026-12-13')).toBe(true)
    expect(gapTouchesDay(g, '2026-12-14')).toBe(true)
    expect(gapTouchesDay(g, '2026-12-15')).toBe(false)
    expect(gapTouchesDay({ start_local: '2026-12-31T08:00', end_local: '2027-01-01T00:00' }, '2027-01-01')).toBe(false)
    expect(clockOf('2026-12-13T20:00')).toBe('20:00')
  })
  it('marks a shift without a leader or an officer and names its people', () => {
    expect(shiftIncomplete(shift(1, '2026-12-07', '08:00'))).toBe(false)
    expect(shiftIncomplete(shift(1, '2026-12-07', '08:00', { officers: [] }))).toBe(true)
    expect(membersText(shift(1, '2026-12-07', '08:00'), '带班')).toBe('甲（带班）、乙')
  })
})
