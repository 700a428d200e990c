import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import zhCN from './zh-CN'
import en from './en'

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (v && typeof v === 'object') for (const [kk, vv] of flatten(v as Record<string, unknown>, key)) out.set(kk, vv)
    else out.set(key, v)
  }
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) return sourceFiles(p)
    return /\.(vue|ts)$/.test(name) && !name.endsWith('.test.ts') ? [p] : []
  })
}

const zhKeys = flatten(zhCN)
const enKeys = flatten(en)
const placeholders = (s: unknown) => Array.from(String(s).matchAll(/\{(\w+)\}/g), (m) => m[1]).sort()

describe('locales', () => {
  it('every zh-CN key exists in en', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([])
  })

  it('every en key exists in zh-CN', () => {
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([])
  })

  it('no message is empty and both languages use the same placeholders', () => {
    for (const [k, v] of zhKeys) {
      expect(String(v).trim(), k).not.toBe('')
      expect(placeholders(enKeys.get(k)), k).toEqual(placeholders(v))
    }
  })

  it('every literal key used in the source exists in zh-CN', () => {
    const srcDir = join(__dirname, '..')
    const missing: string[] = []
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) if (!zhKeys.has(m[1])) missing.push(`${m[1]} (${file})`)
      for (const m of text.matchAll(/titleKey: '([\w.]+)'/g)) if (!zhKeys.has(m[1])) missing.push(`${m[1]} (${file})`)
    }
    expect(missing).toEqual([])
  })
})
