import { describe, expect, it } from 'vitest'
import { mayHold, mergePermissions } from './permissions'

describe('permissions', () => {
  const defs = [
    { code: 'user:manage', label_zh: '用户管理', label_en: 'Manage users', holders: ['sys_admin'], administrative: true },
    { code: 'notice:read', label_zh: '接收通知', label_en: 'Receive notices', holders: ['regulator_rw', 'ent_principal'] },
  ]

  it('follows the server grant table', () => {
    expect(mayHold(defs[0], 'sys_admin')).toBe(true)
    expect(mayHold(defs[0], 'regulator_ro')).toBe(false)
    expect(mayHold(defs[1], 'sec_admin')).toBe(false)
    expect(mayHold(defs[1], 'ent_principal')).toBe(true)
  })

  it('lets nobody hold a code the server does not define', () => {
    const merged = mergePermissions(defs, ['legacy:thing', 'notice:read'])
    expect(merged.map((p) => p.code)).toEqual(['user:manage', 'notice:read', 'legacy:thing'])
    expect(mayHold(merged[2], 'sys_admin')).toBe(false)
  })
})
