import { describe, expect, it } from 'vitest'
import { hasReason, reasonValidator } from './confirm'
import { approvalConsequence } from '@/views/explosives/stocktake/stocktake-labels'
import { i18n } from '@/locales'

describe('confirmAction helpers', () => {
  it('a reason must have more than white space', () => {
    expect(hasReason('')).toBe(false)
    expect(hasReason('  \n ')).toBe(false)
    expect(hasReason(null)).toBe(false)
    expect(hasReason('漏扫')).toBe(true)
    const v = reasonValidator('驳回原因', 5)
    expect(v('  ')).toContain('驳回原因')
    expect(v('123456')).not.toBe(true)
    expect(v('重新盘点')).toBe(true)
  })

  it('states the consequence of approving a stocktake in figures', () => {
    const t = i18n.global.t as (k: string, p?: Record<string, unknown>) => string
    const s = { number: 'PD20261206001', store_name: '1号库', missing_count: 698, extra_count: 0, quantity_difference_count: 1 }
    const text = approvalConsequence(t, s)
    expect(text).toContain('PD20261206001')
    expect(text).toContain('盘亏 698 个编码')
    expect(text).toContain('1 种产品数量不符')
    expect(text).toContain('立案丢失被盗')
    expect(text).toContain('监管部门')
    const none = approvalConsequence(t, { ...s, missing_count: 0, quantity_difference_count: 0 })
    expect(none).toContain('账实相符')
    expect(none).not.toContain('立案')
  })
})
