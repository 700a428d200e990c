import { describe, expect, it } from 'vitest'
import { addDays, canRemind, chinaDay, emptyDeclaration, reportedPercent, STATUS_TAG } from './zero-report-labels'

describe('zero-report labels', () => {
  it('colours missing red, events amber, nothing abnormal green', () => {
    expect(STATUS_TAG.missing).toBe('danger')
    expect(STATUS_TAG.event).toBe('warning')
    expect(STATUS_TAG.nothing_abnormal).toBe('success')
  })
  it('computes the reported share in whole percent', () => {
    expect(reportedPercent({ total: 0, reported: 0 })).toBe(0)
    expect(reportedPercent({ total: 3, reported: 2 })).toBe(66)
    expect(reportedPercent({ total: 40, reported: 40 })).toBe(100)
    expect(reportedPercent(null)).toBe(0)
  })
  it('counts days in China time across the UTC date line and the year end', () => {
    expect(chinaDay(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31')
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01')
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })
  it('starts a declaration today for a week at 09:00', () => {
    const d = emptyDeclaration('2026-10-01')
    expect(d.first_date).toBe('2026-10-01')
    expect(d.last_date).toBe('2026-10-07')
    expect(d.deadline_time).toBe('09:00')
    expect(d.remind_minutes).toBe(120)
  })
  it('offers a reminder only when someone is missing', () => {
    expect(canRemind({ total: 5, reported: 5, nothing_abnormal: 5, events: 0, late: 0, missing: 0 })).toBe(false)
    expect(canRemind({ total: 5, reported: 4, nothing_abnormal: 4, events: 0, late: 1, missing: 1 })).toBe(true)
    expect(canRemind(undefined)).toBe(false)
  })
})
