import { describe, expect, it } from 'vitest'
import { applicationTag, daysLeftTag, quantityText, recordLink, statusTag, weekdaysText } from './licence-labels'

describe('licence labels', () => {
  it('colours statuses and applications', () => {
    expect(statusTag('valid')).toBe('success')
    expect(statusTag('suspended')).toBe('warning')
    expect(statusTag('revoked')).toBe('danger')
    expect(statusTag('expired')).toBe('danger')
    expect(applicationTag('submitted')).toBe('warning')
    expect(applicationTag('refused')).toBe('danger')
    expect(applicationTag('withdrawn')).toBe('info')
  })
  it('warns within 90 days and after the end, not for revoked licences', () => {
    expect(daysLeftTag(91, 'valid')).toBeUndefined()
    expect(daysLeftTag(90, 'valid')).toBe('warning')
    expect(daysLeftTag(0, 'valid')).toBe('warning')
    expect(daysLeftTag(-1, 'expired')).toBe('danger')
    expect(daysLeftTag(-1, 'revoked')).toBeUndefined()
  })
  it('links each failed condition to its record', () => {
    expect(recordLink({ kind: 'hidden_danger', id: 7, label: 'YH', problem: '' }, 3)).toBe('/hidden-dangers/7')
    expect(recordLink({ kind: 'emergency_plan', id: 9, label: '', problem: '' }, 3)).toBe('/emergency/plans/9')
    expect(recordLink({ kind: 'safety_evaluation', id: 2, label: '', problem: '' }, 3)).toBe('/licensing/safety-evaluations?enterprise_id=3')
    expect(recordLink({ kind: 'enterprise', id: 3, label: '', problem: '' }, 3)).toBe('/enterprises/3')
    expect(recordLink({ kind: 'person', id: 44, label: '', problem: '' }, 3)).toBe('/qualifications/people/44')
    expect(recordLink({ kind: 'dishonesty_listing', id: 5, label: '', problem: '' }, 3)).toBe('/credit/dishonesty-list/5')
  })
  it('writes quantities and weekdays', () => {
    expect(quantityText('1500.5', 'kg')).toBe('1500.5 kg/年')
    const names = ['每天', '周一', '周二', '周三', '周四', '周五', '周六', '周日']
    expect(weekdaysText('135', names)).toBe('周一、周三、周五')
    expect(weekdaysText('', names)).toBe('每天')
  })
})
