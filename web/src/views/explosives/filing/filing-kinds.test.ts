import { describe, expect, it } from 'vitest'
import zhCN from '@/locales/zh-CN'
import { FILING_KINDS } from './filing-kinds'

function has(obj: unknown, key: string): boolean {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj) !== undefined
}

describe('filing kinds', () => {
  it('name only message keys that exist', () => {
    for (const kind of Object.values(FILING_KINDS)) {
      const keys = [kind.madeAtLabel, kind.hintKey, kind.dialogTitleKey, ...kind.offices.map((o) => `filing.${o}Filing`)]
      expect(keys.filter((k) => !has(zhCN, k))).toEqual([])
    }
  })
})
