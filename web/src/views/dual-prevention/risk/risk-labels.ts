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
