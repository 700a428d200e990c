import { describe, expect, it } from 'vitest'
import { canConfirm, confirmFigures, periodText, reasonLink, resultTagType } from './veto-labels'

describe('veto labels', () => {
  it('links every reason to its record', () => {
    expect(reasonLink({ record_type: 'accident', record_id: 7 })).toBe('/emergency/accidents/7')
    expect(reasonLink({ record_type: 'hidden_danger', record_id: 8 })).toBe('/hidden-dangers/8')
    expect(reasonLink({ record_type: 'licence', record_id: 9 })).toBe('/licensing/licences/9')
    expect(reasonLink({ record_type: 'credit_listing', record_id: 10 })).toBe('/credit/dishonesty-list/10')
  })

  it('colours results and writes periods', () => {
    expect(resultTagType('vetoed')).toBe('danger')
    expect(resultTagType('passed')).toBe('success')
    expect(resultTagType('pending')).toBe('info')
    expect(periodText('2025-12-07', '2026-12-06', 'zh-CN')).toBe('2025-12-07 至 2026-12-06')
    expect(periodText('2025-12-07', '2026-12-06', 'en')).toBe('2025-12-07 – 2026-12-06')
  })

  it('states the figures and allows confirming only a fully checked open round', () => {
    expect(confirmFigures({ applications: 6, vetoed: 2 })).toEqual({ n: 6, m: 2, p: 4 })
    const checked = { status: 'open' as const, checked_at: '2026-12-07T01:00:00Z', pending: 0, total: 6, applications: 6 }
    expect(canConfirm(checked)).toBe(true)
    expect(canConfirm({ ...checked, pending: 1, total: 7 })).toBe(false)
    expect(canConfirm({ ...checked, checked_at: null })).toBe(false)
    expect(canConfirm({ ...checked, status: 'confirmed' })).toBe(false)
    expect(canConfirm({ ...checked, total: 0, applications: 0 })).toBe(false)
  })
})
