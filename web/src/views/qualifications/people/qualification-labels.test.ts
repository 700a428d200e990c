import { describe, expect, it } from 'vitest'
import { certificateTagType, daysUntil, examTagType, expiryTagType, needsExamination, personBody, emptyPerson } from './qualification-labels'

describe('qualification labels', () => {
  it('colours the examination state: overdue red, pending orange, passed green', () => {
    expect(examTagType('overdue')).toBe('danger')
    expect(examTagType('pending')).toBe('warning')
    expect(examTagType('passed')).toBe('success')
    expect(examTagType('not_required')).toBe('info')
  })

  it('colours certificates by state', () => {
    expect(certificateTagType('expired')).toBe('danger')
    expect(certificateTagType('expiring')).toBe('warning')
    expect(certificateTagType('valid')).toBe('success')
    expect(certificateTagType('revoked')).toBe('info')
  })

  it('counts days across month ends and flags the next expiry', () => {
    expect(daysUntil('2027-01-31', '2026-12-02')).toBe(60)
    expect(daysUntil('2026-12-01', '2026-12-02')).toBe(-1)
    expect(expiryTagType('2026-12-01', '2026-12-02')).toBe('danger')
    expect(expiryTagType('2027-01-31', '2026-12-02')).toBe('warning')
    expect(expiryTagType('2027-02-01', '2026-12-02')).toBeUndefined()
    expect(expiryTagType(null, '2026-12-02')).toBeUndefined()
  })

  it('keeps the full-time flag only for safety managers and trims text', () => {
    const f = { ...emptyPerson(), name: ' 周敏 ', role: 'storekeeper', full_time: true }
    expect(personBody(f)).toMatchObject({ name: '周敏', full_time: false })
    expect(personBody({ ...f, role: 'safety_manager' }).full_time).toBe(true)
  })

  it('examines principals and safety managers only', () => {
    expect(needsExamination('principal')).toBe(true)
    expect(needsExamination('safety_manager')).toBe(true)
    expect(needsExamination('guard')).toBe(false)
  })
})
