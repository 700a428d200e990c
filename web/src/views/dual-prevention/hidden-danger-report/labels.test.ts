import { describe, expect, it } from 'vitest'
import { figureRows, lastEnded, statusTagType, yuan } from './labels'

describe('hidden-danger report labels', () => {
  it('lays the figures out by kind and level, zeros for missing counts', () => {
    const rows = figureRows({ found: { major: 1, ordinary: 2, unassessed: 0, total: 3 } } as never)
    expect(rows.map((r) => r.row)).toEqual(['found', 'closed', 'open', 'overdue'])
    expect(rows[0]).toEqual({ row: 'found', major: 1, ordinary: 2, unassessed: 0, total: 3 })
    expect(rows[1].total).toBe(0)
  })
  it('writes fen as yuan', () => {
    expect(yuan(123450)).toBe('1234.50')
    expect(yuan(5)).toBe('0.05')
    expect(yuan(null)).toBe('0.00')
    expect(yuan(-250)).toBe('-2.50')
  })
  it('proposes the last ended quarter and year', () => {
    expect(lastEnded(new Date(2026, 11, 6))).toEqual({ year: 2026, quarter: 3, annualYear: 2025 })
    expect(lastEnded(new Date(2026, 1, 10))).toEqual({ year: 2025, quarter: 4, annualYear: 2025 })
  })
  it('colours the submission status', () => {
    expect(statusTagType('missing')).toBe('danger')
    expect(statusTagType('late')).toBe('warning')
    expect(statusTagType('on_time')).toBe('success')
  })
})
