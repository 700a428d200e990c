import { formatDuration } from '@/utils/format'
/** Tag colours of stocktake and loss incident states. */
export const STOCKTAKE_STATUS_TAG: Record<string, 'info' | 'success' | 'danger'> = { counted: 'info', approved: 'success', rejected: 'danger' }
export const LOSS_STATUS_TAG: Record<string, 'danger' | 'success'> = { open: 'danger', closed: 'success' }

/** Seconds as "2 天 3 小时 5 分钟" / "2 d 3 h 5 min" (the time since a loss was discovered). */
export function formatElapsed(seconds: number, zh: boolean): string {
  return formatDuration(seconds, zh ? 'zh-CN' : 'en')
}

type T = (key: string, params?: Record<string, unknown>) => string

/** What approving a stocktake does, in figures: the variance, the adjustment vouchers, the loss incident. */
export function approvalConsequence(
  t: T,
  s: { number: string; store_name: string; missing_count: number; extra_count: number; quantity_difference_count: number },
): string {
  if (!s.missing_count && !s.extra_count && !s.quantity_difference_count) return t('stocktake.confirm.approveMatches', { number: s.number, store: s.store_name })
  const parts: string[] = []
  if (s.missing_count) parts.push(t('stocktake.confirm.missing', { n: s.missing_count }))
  if (s.extra_count) parts.push(t('stocktake.confirm.extra', { n: s.extra_count }))
  if (s.quantity_difference_count) parts.push(t('stocktake.confirm.quantities', { n: s.quantity_difference_count }))
  let out = t('stocktake.confirm.approve', { number: s.number, store: s.store_name, variance: parts.join(t('stocktake.confirm.sep')) })
  if (s.missing_count) out += t('stocktake.confirm.lossIncident')
  return out
}

/** A stocktake's result in words and figures: "账物一致", or "缺 698，多 2，数量差异 1 项". */
export function stocktakeResult(
  t: T,
  s: { matches: boolean; missing_count: number; extra_count: number; quantity_difference_count: number },
  num: (n: number) => string = String,
): string {
  if (s.matches) return t('stocktake.matches')
  const parts: string[] = []
  if (s.missing_count) parts.push(t('stocktake.missingN', { n: num(s.missing_count) }))
  if (s.extra_count) parts.push(t('stocktake.extraN', { n: num(s.extra_count) }))
  if (s.quantity_difference_count) parts.push(t('stocktake.quantityDiffN', { n: num(s.quantity_difference_count) }))
  return parts.join(t('stocktake.confirm.sep'))
}
