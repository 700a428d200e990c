import { describe, expect, it } from 'vitest'
import { importFieldLabel, importMessage, importPhase, resultFromLineErrors } from './import-result'

describe('enterprise import dialog helpers', () => {
  it('says uploading while bytes go out, then that the server is checking', () => {
    expect(importPhase(false, 0)).toBe('idle')
    expect(importPhase(true, 0)).toBe('uploading')
    expect(importPhase(true, 99)).toBe('uploading')
    expect(importPhase(true, 100)).toBe('processing')
    expect(importPhase(false, 100)).toBe('idle')
  })

  it('labels fields by the form label, else the template column, never a blank', () => {
    const result = { errors_by_field: [{ field: 'park_name', label_zh: '所在园区', count: 1 }] }
    const t = (f: string) => (f === 'uscc' ? '统一社会信用代码' : undefined)
    expect(importFieldLabel('uscc', result, t)).toBe('统一社会信用代码')
    expect(importFieldLabel('park_name', result, t)).toBe('所在园区')
    expect(importFieldLabel('other', result, t)).toBe('other')
    expect(importFieldLabel('', result, t)).toBe('—')
  })

  it('shows Chinese messages in the Chinese UI only', () => {
    const e = { message: 'must be a number', message_zh: '必须是数字' }
    expect(importMessage(e, 'zh-CN')).toBe('必须是数字')
    expect(importMessage(e, 'en')).toBe('must be a number')
    expect(importMessage({ message: 'x' }, 'zh-CN')).toBe('x')
  })

  it('turns a 422 with line errors into counts per rule and field', () => {
    const r = resultFromLineErrors([
      { line: 2, field: 'uscc', rule: 'uscc_length', message: 'a', message_zh: '甲' },
      { line: 2, field: 'region_code', rule: 'region_unknown', message: 'b', message_zh: '乙' },
      { line: 3, field: 'uscc', rule: 'uscc_length', message: 'a', message_zh: '甲' },
    ])
    expect(r.error_count).toBe(3)
    expect(r.error_rows).toBe(2)
    expect(r.errors_by_rule[0]).toEqual({ rule: 'uscc_length', message: 'a', message_zh: '甲', count: 2 })
    expect(r.errors_by_field[0]).toEqual({ field: 'uscc', label_zh: '', count: 2 })
    expect(r.report_id).toBeNull()
  })
})
