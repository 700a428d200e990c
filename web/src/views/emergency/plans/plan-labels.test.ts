import { describe, expect, it } from 'vitest'
import type { PlanDeadline } from '@/api/emergency/plans'
import { chinaToday, fileIdOf, isLate, mainDeadline } from './plan-labels'

const d = (key: PlanDeadline['key'], status: PlanDeadline['status'], days_late = 0): PlanDeadline => ({
  key, status, days_late, late: days_late > 0, due_on: '2026-05-26', done_on: null, source: '', source_en: '',
})

describe('emergency plan labels', () => {
  it('shows the check while a filing is pending, the filing deadline before it, the evaluation after', () => {
    expect(mainDeadline({ status: 'filing_submitted', deadlines: [d('filing', 'done'), d('check', 'pending'), d('evaluation', 'pending')] })?.key).toBe('check')
    expect(mainDeadline({ status: 'published', deadlines: [d('filing', 'overdue', 5), d('evaluation', 'pending')] })?.key).toBe('filing')
    expect(mainDeadline({ status: 'filed', deadlines: [d('filing', 'done'), d('evaluation', 'due_soon')] })?.key).toBe('evaluation')
    // A plan filed late keeps showing how late.
    expect(mainDeadline({ status: 'filed', deadlines: [d('filing', 'done_late', 12), d('evaluation', 'pending')] })?.key).toBe('filing')
    expect(mainDeadline({ status: 'draft', deadlines: [] })).toBeUndefined()
  })
  it('flags late only with days late', () => {
    expect(isLate(d('filing', 'overdue', 3))).toBe(true)
    expect(isLate(d('filing', 'pending'))).toBe(false)
    expect(isLate(undefined)).toBe(false)
  })
  it('takes the last uploaded file and dates in China', () => {
    expect(fileIdOf([])).toBeUndefined()
    expect(fileIdOf([{ id: 1 }, { id: 7 }] as never)).toBe(7)
    expect(chinaToday(new Date(Date.UTC(2026, 4, 1, 17, 0, 0)))).toBe('2026-05-02')
  })
})
