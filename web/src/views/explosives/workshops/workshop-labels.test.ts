import { describe, expect, it } from 'vitest'
import { amountText, headcountVerdict, quantityUsePercent, subjectLink } from './workshop-labels'

describe('workshop labels', () => {
  it('shows the 定量 and the stock in the workshop unit', () => {
    expect(amountText(150, 'kg')).toBe('150 kg')
    expect(amountText(50.5, 'kg')).toBe('50.5 kg')
    expect(amountText(2000, 'pieces')).toBe('2,000 发')
    expect(amountText(3, 'pieces', 'pcs')).toBe('3 pcs')
  })

  it('computes the share of the 定量 in use', () => {
    expect(quantityUsePercent({ stock: 150, quantity_limit: 100 })).toBe(150)
    expect(quantityUsePercent({ stock: 0, quantity_limit: 100 })).toBe(0)
    expect(quantityUsePercent({ stock: 5, quantity_limit: 0 })).toBeNull()
  })

  it('judges a head count at each bound', () => {
    const w = { operating_staff: 4, max_allowed_people: 6 }
    expect(headcountVerdict(0, w)).toBe('within')
    expect(headcountVerdict(4, w)).toBe('within')
    expect(headcountVerdict(5, w)).toBe('above_staff')
    expect(headcountVerdict(6, w)).toBe('above_staff')
    expect(headcountVerdict(7, w)).toBe('over')
  })

  it('links a case to its workshop or magazine', () => {
    expect(subjectLink('workshop:12')).toBe('/ledger/workshops/12')
    expect(subjectLink('store:3:pieces')).toBe('/ledger/stores/3')
    expect(subjectLink('day:2026-12-07')).toBeUndefined()
    expect(subjectLink('licence_scope:industrial_explosive')).toBeUndefined()
  })
})
