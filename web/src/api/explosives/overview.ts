/** The regulator's overview of every magazine in the jurisdiction (民爆监管总览). */
import { http } from '@/utils/request'

export interface OverviewMagazine {
  id: number
  enterprise_id: number
  enterprise_name: string
  name: string
  kind: string
  kind_label_zh: string
  capacity_use_percent: number | null
  /** No rated capacity (未核定库容). */
  rating_missing?: boolean
  last_stocktake: { id: number; number: string; counted_at: string; missing_count: number; extra_count: number } | null
  open_loss_incidents: number
  late_sale_filings: number
  alerts: string[]
  attention_weight: number
  /** Days with movements past the grace period and not signed (日清), oldest first. */
  unsigned_daily_closes?: string[]
}

/** Without a period the server's configured one applies (settings key ledger_alerts). */
export function getLedgerOverview(stocktakeOverdueDays?: number) {
  return http.get<{ stocktake_overdue_days: number; unrated_stores?: number; items: OverviewMagazine[]; attention: OverviewMagazine[] }>('/ledger-overview', stocktakeOverdueDays ? { stocktake_overdue_days: stocktakeOverdueDays } : {})
}
