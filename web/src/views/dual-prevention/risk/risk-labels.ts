/** Labels and colours shared by the risk pages: code-list labels in the UI language, level colours. */
import type { CodeEntry, RiskLevel } from '@/api/dual-prevention/risk'

export const LEVELS: RiskLevel[] = ['major', 'high', 'moderate', 'low']

/** The national four colours (安委办〔2016〕11号) as fills for maps and charts. */
export const LEVEL_COLOR: Record<RiskLevel, string> = {
  major: '#e53935',
  high: '#fb8c00',
  moderate: '#fdd835',
  low: '#1e88e5',
}

export function levelColor(level: string | null | undefined): string {
  return level && level in LEVEL_COLOR ? LEVEL_COLOR[level as RiskLevel] : '#9e9e9e'
}

export function codeLabel(list: CodeEntry[] | undefined, value: string | null | undefined, locale: string): string {
  const e = list?.find((x) => x.value === value)
  if (!e) return value ?? ''
  return locale.startsWith('zh') ? e.label_zh : e.label_en
}

/** A cascader option of the GB/T 13861 tree: "21 物理性危险和有害因素" with its groups below. */
export interface CodeTreeOption {
  value: string
  label: string
  children?: CodeTreeOption[]
  [key: string]: unknown // Element Plus's CascaderOption is an open record
}

/** The GB/T 13861 hazard factors (class → sub-class → group → item, linked by `parent`) as
 * cascader options, labelled with code and name in the UI language; any level can be chosen. */
export function codeTree(list: CodeEntry[] | undefined, locale: string): CodeTreeOption[] {
  const byCode = new Map<string, CodeTreeOption>()
  const roots: CodeTreeOption[] = []
  for (const e of list ?? []) {
    const name = locale.startsWith('zh') ? e.label_zh : e.label_en || e.label_zh
    byCode.set(e.value, { value: e.value, label: `${e.value} ${name}` })
  }
  for (const e of list ?? []) {
    const node = byCode.get(e.value)!
    const parent = e.parent ? byCode.get(e.parent) : undefined
    if (parent) (parent.children ??= []).push(node)
    else roots.push(node)
  }
  return roots
}
