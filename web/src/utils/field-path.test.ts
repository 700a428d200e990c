import { describe, expect, it } from 'vitest'
import zh from '@/locales/core/zh-CN'
import en from '@/locales/core/en'
import { fieldPathLabel, parseFieldPath, pathWithin } from './field-path'

function translator(messages: Record<string, unknown>) {
  const lookup = (key: string): string | undefined => {
    let cur: unknown = messages
    for (const k of key.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined
    return typeof cur === 'string' ? cur : undefined
  }
  const t = (key: string, params: Record<string, unknown> = {}) =>
    (lookup(key) ?? key).replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''))
  const te = (key: string) => lookup(key) !== undefined
  return { t, te }
}

const Z = translator(zh as unknown as Record<string, unknown>)
const E = translator(en as unknown as Record<string, unknown>)
const zhLabel = (p: string) => fieldPathLabel(p, Z.t, Z.te, 'zh-CN')
const enLabel = (p: string) => fieldPathLabel(p, E.t, E.te, 'en')

describe('parseFieldPath', () => {
  it('splits names and indices', () => {
    expect(parseFieldPath('lines[0].codes[2]')).toEqual([{ name: 'lines', index: 0 }, { name: 'codes', index: 2 }])
    expect(parseFieldPath('second_person.password')).toEqual([{ name: 'second_person' }, { name: 'password' }])
    expect(parseFieldPath('quantities.12')).toEqual([{ name: 'quantities' }, { name: '12' }])
  })
})

describe('fieldPathLabel (error field path → words)', () => {
  it('names lines and codes by position, counted from 1', () => {
    expect(zhLabel('lines[0].codes[2]')).toBe('第1行第3个编码')
    expect(zhLabel('lines[1].quantity')).toBe('第2行数量')
    expect(zhLabel('lines[0].condition')).toBe('第1行状态')
    expect(zhLabel('lines')).toBe('明细')
    expect(enLabel('lines[0].codes[2]')).toBe('Line 1, code 3')
  })
  it('names nested objects without API names', () => {
    expect(zhLabel('second_person')).toBe('第二责任人')
    expect(zhLabel('second_person.username')).toBe('第二责任人·用户名')
    expect(zhLabel('second_person.password')).toBe('第二责任人·密码')
    expect(zhLabel('recipients.region_codes')).toBe('接收对象·地区')
    expect(zhLabel('quantities.12')).toBe('清点数量')
  })
  it('never returns a raw API name', () => {
    expect(zhLabel('no_such_field')).toBe('')
    expect(zhLabel('no_such.other_thing')).toBe('')
    expect(zhLabel('widgets[4]')).toBe('第5项')
    expect(zhLabel('')).toBe('')
    for (const p of ['lines[0].codes[0]', 'second_person', 'target_store_id', 'rated_net_mass_kg', 'store_id']) {
      expect(zhLabel(p)).not.toMatch(/[a-z_[\]]/)
    }
  })
})

describe('pathWithin', () => {
  it('matches a prefix and its children only', () => {
    expect(pathWithin('lines[0].codes[2]', 'lines[0]')).toBe(true)
    expect(pathWithin('lines[10].codes[2]', 'lines[1]')).toBe(false)
    expect(pathWithin('second_person.password', 'second_person')).toBe(true)
    expect(pathWithin(undefined, 'x')).toBe(false)
  })
})
