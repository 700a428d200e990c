import { describe, expect, it } from 'vitest'
import { isLate, toIso } from './accident-labels'

describe('accident labels', () => {
  it('flags a step late only with late minutes', () => {
    const d = { key: 'k', from: 'county', to: 'city', due_at: '', done_at: null, status: 'pending', source: '', source_en: '' } as const
    expect(isLate({ ...d, late_minutes: 0 })).toBe(false)
    expect(isLate({ ...d, late_minutes: 3, status: 'overdue' })).toBe(true)
  })
  it('writes times as the API reads them', () => {
    expect(toIso(new Date(Date.UTC(2026, 2, 5, 15, 30, 0)))).toBe('2026-03-05T15:30:00Z')
    expect(toIso(null)).toBeUndefined()
  })
})
