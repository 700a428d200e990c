/**
 * One mapping from the server's error field paths to words a person reads, used by every form
 * (through `ApiError.localized`, `ApiError.fieldLabel` and the violation list):
 * `lines[0].codes[2]` → 第1行第3个编码, `second_person.password` → 第二责任人·密码, `recipients.region_codes` → …
 * A segment the UI has no label for is left out; a path with no known segment reads '' (never the raw name).
 */

export interface PathSegment {
  name: string
  /** Zero-based array index when the segment is `name[i]`. */
  index?: number
}

export type Translate = (key: string, params?: Record<string, unknown>) => string
export type HasKey = (key: string) => boolean

/** `lines[0].codes[2]` → [{name:'lines',index:0},{name:'codes',index:2}]; `quantities.12` → [{quantities},{name:'12'}]. */
export function parseFieldPath(path: string): PathSegment[] {
  const out: PathSegment[] = []
  for (const raw of path.split('.')) {
    if (!raw) continue
    const m = /^([^[\]]*)((?:\[\d+\])+)$/.exec(raw)
    if (!m) {
      out.push({ name: raw })
      continue
    }
    const indices = [...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))
    out.push({ name: m[1], index: indices[0] })
    for (const i of indices.slice(1)) out.push({ name: '', index: i })
  }
  return out
}

/**
 * The label of a field path in the UI language. `t`/`te` are vue-i18n's translate and has-key:
 * `fieldLabels.<name>` names a field, `fieldIndex.<name>` an element of a list ("第{n}行").
 */
export function fieldPathLabel(path: string | null | undefined, t: Translate, te: HasKey, locale = 'zh-CN'): string {
  if (!path) return ''
  const zh = locale.startsWith('zh')
  const parts: { text: string; ordinal: boolean }[] = []
  for (const seg of parseFieldPath(path)) {
    if (/^\d+$/.test(seg.name)) continue // a map key such as quantities.12 (an id): not for people
    const label = seg.name && te(`fieldLabels.${seg.name}`) ? t(`fieldLabels.${seg.name}`) : ''
    if (seg.index === undefined) {
      if (label) parts.push({ text: label, ordinal: false })
      continue
    }
    const n = seg.index + 1
    if (seg.name && te(`fieldIndex.${seg.name}`)) parts.push({ text: t(`fieldIndex.${seg.name}`, { n }), ordinal: true })
    else if (label) parts.push({ text: t('fieldIndex.ofLabel', { label, n }), ordinal: true })
    else parts.push({ text: t('fieldIndex.item', { n }), ordinal: true })
  }
  let out = ''
  parts.forEach((p, i) => {
    if (i === 0) out = p.text
    else if (zh) out += parts[i - 1].ordinal ? p.text : `·${p.text}`
    else out += `, ${p.ordinal ? p.text : p.text.charAt(0).toLowerCase() + p.text.slice(1)}`
  })
  return out
}

/** True when an error's field path points at `prefix` or inside it (`lines[0]` matches `lines[0].codes[2]`). */
export function pathWithin(path: string | null | undefined, prefix: string): boolean {
  if (!path) return false
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`)
}
