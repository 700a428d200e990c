import { describe, expect, it } from 'vitest'
import { alertRowClass, alertTagType, bodyOf, emptyForm } from './resource-labels'

describe('emergency resource labels', () => {
  it('past due rows are red, due-soon ones orange', () => {
    expect(alertRowClass('past_due')).toBe('alert-past-due')
    expect(alertRowClass('due_soon')).toBe('alert-due-soon')
    expect(alertRowClass('')).toBe('')
    expect(alertTagType('past_due')).toBe('danger')
    expect(alertTagType('due_soon')).toBe('warning')
  })
  it('each category starts with its own kind', () => {
    expect(emptyForm('team')).toMatchObject({ kind: 'full_time', members: 1 })
    expect(emptyForm('material')).toMatchObject({ kind: 'equipment', quantity: 0 })
    expect(emptyForm('expert').kind).toBe('')
  })
  it('the body keeps only the fields of the category', () => {
    const f = { ...emptyForm('expert'), name: '李工', field: '爆破', phone: '13800000000', leader: '不该发送', quantity: 5 }
    const b = bodyOf(f)
    expect(b).toMatchObject({ category: 'expert', name: '李工', field: '爆破', phone: '13800000000' })
    expect(b.leader).toBe('')
    expect(b.quantity).toBe(0)
  })
})
