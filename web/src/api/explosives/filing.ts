/** Sale and purchase filings (销售/购买备案) with the police and the province, within 3 days. */
import type { ListResult, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export interface SaleFiling {
  voucher_id: number
  voucher_number: string
  enterprise_id: number
  enterprise_name: string
  store_id: number
  store_name: string
  sold_at: string
  deadline: string
  deadline_date?: string
  deadline_label?: string
  deadline_label_en?: string
  deadline_source?: string
  deadline_source_en?: string
  products_zh?: string
  counterparty?: Schema<'SaleFiling'>['counterparty']
  province_filing: { filed_at: string; reference: string } | null
  police_filing: { filed_at: string; reference: string } | null
  status: 'pending' | 'late' | 'filed' | 'filed_late'
  late: boolean
}

export function getSaleFilingPage(query: { status?: string; enterprise_id?: number | string; page?: number; page_size?: number }) {
  return http.get<ListResult<SaleFiling>>('/sale-filings', query as Query)
}

export function recordSaleFiling(voucherId: number, data: { office: 'province' | 'police'; filed_at: string; reference: string; note?: string }) {
  return http.post<SaleFiling>(`/vouchers/${voucherId}/filings`, data, { silent: true })
}

/** The buyer's filing of a purchase with the county police (Art.24, within 3 days). */
export interface PurchaseFiling {
  voucher_id: number
  voucher_number: string
  enterprise_id: number
  enterprise_name: string
  store_id: number
  store_name: string
  bought_at: string
  deadline: string
  deadline_date: string
  deadline_label: string
  deadline_label_en: string
  deadline_source: string
  deadline_source_en: string
  police_filing: { filed_at: string; reference: string; recorded_at: string } | null
  status: 'pending' | 'late' | 'filed' | 'filed_late'
  late: boolean
}

export function getPurchaseFilingPage(query: { status?: string; enterprise_id?: number | string; page?: number; page_size?: number }) {
  return http.get<ListResult<PurchaseFiling>>('/purchase-filings', query as Query)
}

export function recordPurchaseFiling(voucherId: number, data: { filed_at: string; reference: string; note?: string }) {
  return http.post<PurchaseFiling>(`/vouchers/${voucherId}/purchase-filing`, data, { silent: true })
}
