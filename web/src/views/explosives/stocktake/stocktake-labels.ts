/** Tag colours of stocktake and loss incident states. */
export const STOCKTAKE_STATUS_TAG: Record<string, 'info' | 'success' | 'danger'> = { counted: 'info', approved: 'success', rejected: 'danger' }
export const LOSS_STATUS_TAG: Record<string, 'danger' | 'success'> = { open: 'danger', closed: 'success' }

/** Seconds as "2 天 3 小时 5 分" / "2 d 3 h 5 min" (the time since a loss was discovered). */
export function formatElapsed(seconds: number, zh: boolean): string {
  const s = Math.max(0, Math.floor(seconds))
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const parts: string[] = []
  if (d) parts.push(zh ? `${d} 天` : `${d} d`)
  if (d || h) parts.push(zh ? `${h} 小时` : `${h} h`)
  parts.push(zh ? `${m} 分` : `${m} min`)
  return parts.join(' ')
}
