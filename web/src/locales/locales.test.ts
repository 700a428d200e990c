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

type Messages = Record<string, Record<string, unknown>>
/** Every area module on disk, by area path ('explosives/magazine'), for each language. */
const areaModules = {
  'zh-CN': import.meta.glob<Messages>(['./*/**/zh-CN.ts'], { eager: true, import: 'default' }),
  en: import.meta.glob<Messages>(['./*/**/en.ts'], { eager: true, import: 'default' }),
}
const byArea = (lang: keyof typeof areaModules) =>
  new Map(Object.entries(areaModules[lang]).map(([path, mod]) => [path.replace(/^\.\/(.*)\/[^/]+\.ts$/, '$1'), mod]))
const zhAreas = byArea('zh-CN')
const enAreas = byArea('en')

const zhKeys = flatten(zhCN)
const enKeys = flatten(en)
const placeholders = (s: unknown) => Array.from(String(s).matchAll(/\{(\w+)\}/g), (m) => m[1]).sort()

describe('locales', () => {
  it('has one module per business area, in both languages', () => {
    expect(zhAreas.size).toBeGreaterThan(10)
    expect([...enAreas.keys()].sort()).toEqual([...zhAreas.keys()].sort())
  })

  it('every area has the same keys in zh-CN and en', () => {
    for (const [area, zh] of zhAreas) {
      expect([...flatten(enAreas.get(area)!).keys()].sort(), area).toEqual([...flatten(zh).keys()].sort())
    }
  })

  it('no two areas define the same namespace, so no key is defined twice after merging', () => {
    for (const areas of [zhAreas, enAreas]) {
      const owner = new Map<string, string>()
      const clashes: string[] = []
      for (const [area, mod] of areas)
        for (const ns of Object.keys(mod)) {
          if (owner.has(ns)) clashes.push(`${ns}: ${owner.get(ns)} and ${area}`)
          owner.set(ns, area)
        }
      expect(clashes).toEqual([])
      const sum = [...areas.values()].reduce((n, mod) => n + flatten(mod).size, 0)
      expect(sum).toBe(zhKeys.size)
    }
  })

  it('zh-CN.ts and en.ts merge every area module', () => {
    for (const [merged, areas] of [[zhCN, zhAreas], [en, enAreas]] as const) {
      expect(Object.keys(merged).sort()).toEqual([...areas.values()].flatMap((m) => Object.keys(m)).sort())
    }
  })

  it('each area module sits beside the views of the same area', () => {
    const views = join(__dirname, '..', 'views')
    const missing = [...zhAreas.keys()].filter((area) => !statSync(join(views, area), { throwIfNoEntry: false })?.isDirectory())
    expect(missing).toEqual([])
  })

  it('no namespace or key is named after a delivery batch', () => {
    const batchy = /gaps?\b|gaps[A-Z.]|signoff|Signoff|batch\d|^g\d\b/
    expect([...zhKeys.keys()].filter((k) => batchy.test(k))).toEqual([])
  })

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
