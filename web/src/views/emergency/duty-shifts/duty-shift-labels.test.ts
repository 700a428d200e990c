import { describe, expect, it } from 'vitest'
import type { DutyOpenItem } from '@/api/emergency/duty-shifts'
import { attendanceState, chinaDay, handoverItems, itemsPassedOn, stillOpen, windowState } from './duty-shift-labels'

const item = (id: number, closed: boolean): DutyOpenItem => ({
  id, text: `item ${id}`, at: '', from_entry_id: null, origin_shift_id: 1, origin_shift_label: '白班', origin_shift_starts_at: '',
  closed, closed_at: closed ? '2026-12-06T08:00:00Z' : null, closed_by_entry_id: closed ? 9 : null, closed_by_name: '',
})

describe('duty shift labels', () => {
  it('tells a member’s attendance apart', () => {
    expect(attendanceState({ checked_in_at: null })).toBe('absent')
    expect(attendanceState({ checked_in_at: '2026-12-06T00:00:00Z', late_minutes: 0 })).toBe('in')
    expect(attendanceState({ checked_in_at: '2026-12-06T00:47:00Z', late_minutes: 47 })).toBe('late')
    expect(attendanceState({ checked_in_at: '2026-12-06T00:00:00Z', checked_out_at: '2026-12-06T08:00:00Z' })).toBe('out')
  })
  it('places now against the check-in window, bounds included', () => {
    const s = { check_in_opens_at: '2026-12-05T23:30:00Z', check_in_closes_at: '2026-12-06T02:00:00Z' }
    expect(windowState(s, Date.parse('2026-12-05T23:29:59Z'))).toBe('not_open')
    expect(windowState(s, Date.parse('2026-12-05T23:30:00Z'))).toBe('open')
    expect(windowState(s, Date.parse('2026-12-06T02:00:00Z'))).toBe('open')
    expect(windowState(s, Date.parse('2026-12-06T02:00:01Z'))).toBe('closed')
  })
  it('passes on the new items and those still open', () => {
    const list = [item(1, true), item(2, false)]
    expect(stillOpen(list).map((i) => i.id)).toEqual([2])
    expect(itemsPassedOn(2, list)).toBe(3)
    expect(itemsPassedOn(0, [])).toBe(0)
  })
  it('drops blank handover rows and keeps the entry they come from', () => {
    expect(handoverItems([{ text: '  温湿度计待维修 ', from_entry_id: 5 }, { text: '   ' }, { text: '补充灭火器', from_entry_id: null }])).toEqual([
      { text: '温湿度计待维修', from_entry_id: 5 },
      { text: '补充灭火器' },
    ])
  })
  it('counts days in China time', () => {
    expect(chinaDay(Date.parse('2026-12-06T15:59:59Z'))).toBe('2026-12-06')
    expect(chinaDay(Date.parse('2026-12-06T16:00:00Z'))).toBe('2026-12-07')
  })
})
