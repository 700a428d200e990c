/** Display helpers shared by the civil-explosives pages: i18n labels with the server's Chinese label as fallback. */
import { formatNumber } from '@/utils/format'

type Te = (key: string) => boolean
type T = (key: string) => string

/** The label of `value` in the code list `group` (a namespaced key such as 'voucher.reasons'). */
export function labelOf(t: T, te: Te, group: string, value: string | null | undefined, fallback?: string): string {
  if (!value) return '—'
  const key = `${group}.${value}`
  return te(key) ? t(key) : fallback || value
}

/** `1234.5` + `kg` → `1,234.5 kg` in the UI language. */
export function formatQuantity(t: T, te: Te, quantity: number | null | undefined, unit: string): string {
  if (quantity === null || quantity === undefined) return '—'
  return `${formatNumber(quantity)} ${labelOf(t, te, 'explosives.units', unit)}`
}

export function percent(used: number, rated: number | null | undefined): number | null {
  if (!rated) return null
  return Math.round((used / rated) * 1000) / 10
}

export function progressStatus(p: number | null): '' | 'warning' | 'exception' {
  if (p === null) return ''
  if (p >= 100) return 'exception'
  if (p >= 80) return 'warning'
  return ''
}

export const DIRECTION_TAG: Record<string, 'success' | 'warning' | 'primary'> = { in: 'success', out: 'warning', transfer: 'primary' }
