import { describe, expect, it } from 'vitest'
import { answererOnDuty, callBody, suggestedResult } from './spot-check-labels'

describe('duty spot-check labels', () => {
  it('matches the answerer against the roster as the server does', () => {
    expect(answererOnDuty('张三', ['张 三', '李四'])).toBe(true)
    expect(answererOnDuty('李四\u3000', ['李四'])).toBe(true)
    expect(answererOnDuty('王五', ['李四'])).toBe(false)
    expect(answererOnDuty('', ['李四'])).toBeNull()
    expect(answererOnDuty('王五', [])).toBeNull()
  })
  it('proposes fail for an unanswered call or someone not on duty', () => {
    expect(suggestedResult(false, null)).toBe('fail')
    expect(suggestedResult(true, false)).toBe('fail')
    expect(suggestedResult(true, true)).toBe('pass')
    expect(suggestedResult(true, null)).toBe('pass')
  })
  it('sends no answerer for an unanswered call and counts only when given', () => {
    const form = { item_id: 7, method: 'phone' as const, phone: ' 0537-1234567 ', answered: false, rings: 12, seconds: null, answerer_name: '张三', result: 'fail' as const, notes: '无人接听' }
    expect(callBody(form)).toEqual({ item_id: 7, method: 'phone', phone: '0537-1234567', answered: false, result: 'fail', notes: '无人接听', rings: 12 })
    expect(callBody({ ...form, answered: true, result: 'pass', seconds: 40 }).answerer_name).toBe('张三')
  })
})
