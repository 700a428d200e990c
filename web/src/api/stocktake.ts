import { http } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'
import type { ListResult, Query } from '@/types/api'
import type { LossIncident, LossQuery, LossReportForm, Stocktake, StocktakeForm, StocktakeQuery } from '@/types/stocktake'
import type { DailyCloseStatus } from './daily-close'

export function getStocktakePage(query: StocktakeQuery) {
  return http.get<ListResult<Stocktake>>('/stocktakes', query as Query)
}

export function getStocktake(id: number | string) {
  return http.get<Stocktake>(`/stocktakes/${id}`)
}

/** Scans typed (scanner as keyboard) and counted quantities. */
export function createStocktake(data: StocktakeForm) {
  return http.post<Stocktake>('/stocktakes', data, { silent: true })
}

/** A scanner file (text one code per line, CSV or XLSX) as the raw body. */
export function uploadStocktake(storeId: number, file: File, quantities: Record<string, number>, note: string) {
  return uploadRaw<Stocktake>('/stocktakes', file, {
    query: { store_id: storeId, quantities: JSON.stringify(quantities), note },
    silent: true,
  })
}

export function approveStocktake(id: number, body: { extra_product_id?: string; note?: string }) {
  return http.post<Stocktake>(`/stocktakes/${id}/approval`, body, { silent: true })
}

export function rejectStocktake(id: number, note: string) {
  return http.post<Stocktake>(`/stocktakes/${id}/rejection`, { note }, { silent: true })
}

export function getLossIncidentPage(query: LossQuery) {
  return http.get<ListResult<LossIncident>>('/loss-incidents', query as Query)
}

export function getLossIncident(id: number | string) {
  return http.get<LossIncident>(`/loss-incidents/${id}`)
}

export function reportLossIncident(data: { store_id: number; description: string; codes: string[]; quantities: Record<string, number>; discovered_at?: string }) {
  return http.post<LossIncident>('/loss-incidents', data, { silent: true })
}

export function recordLossReport(id: number, data: LossReportForm) {
  return http.post<LossIncident>(`/loss-incidents/${id}/reports`, data, { silent: true })
}

export function closeLossIncident(id: number, note: string) {
  return http.post<LossIncident>(`/loss-incidents/${id}/closure`, { note }, { silent: true })
}

export interface PackageInfo {
  code: string
  kind: 'case' | 'box'
  case_code: string | null
  product_id: string
  code_count: number
  enterprise_name: string
  boxes?: { code: string; code_count: number }[]
  codes: string[]
}

export interface PackagingForm {
  case_code?: string
  product_id: string
  boxes: ({ box_code: string; codes: string[] } | { box_code: string; first_code: string; count: number })[]
}

export function registerPackaging(data: PackagingForm) {
  return http.post<PackageInfo>('/packages', data, { silent: true })
}

export function getPackage(code: string) {
  return http.get<PackageInfo>(`/packages/${encodeURIComponent(code)}`, undefined, { silent: true })
}

export interface StoreSummary {
  store_id: number
  store_name: string
  enterprise_name: string
  period: 'day' | 'month'
  date: string
  from: string
  to: string
  voucher_count: number
  items: { product_id: string; label_zh: string; label_en: string; unit: string | null; opening: number; in: number; out: number; closing: number }[]
  /** A day's 日清 signature (null for a month). */
  daily_close: DailyCloseStatus | null
}

export function getStoreSummary(id: number | string, period: string, date: string) {
  return http.get<StoreSummary>(`/stores/${id}/summary`, { period, date })
}

export interface SaleFiling {
  voucher_id: number
  voucher_number: string
  enterprise_id: number
  enterprise_name: string
  store_id: number
  store_name: string
  sold_at: string
  deadline: string
  province_filing: { filed_at: string; reference: string } | null
  police_filing: { filed_at: string; reference: string } | null
  status: 'pending' | 'late' | 'filed' | 'filed_late'
  late: boolean
}

export function getSaleFilingPage(query: { status?: string; page?: number; page_size?: number }) {
  return http.get<ListResult<SaleFiling>>('/sale-filings', query as Query)
}

export function recordSaleFiling(voucherId: number, data: { office: 'province' | 'police'; filed_at: string; reference: string; note?: string }) {
  return http.post<SaleFiling>(`/vouchers/${voucherId}/filings`, data, { silent: true })
}

export interface OverviewStore {
  id: number
  enterprise_id: number
  enterprise_name: string
  name: string
  kind: string
  kind_label_zh: string
  capacity_use_percent: number | null
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
  return http.get<{ stocktake_overdue_days: number; items: OverviewStore[]; attention: OverviewStore[] }>('/ledger-overview', stocktakeOverdueDays ? { stocktake_overdue_days: stocktakeOverdueDays } : {})
}
