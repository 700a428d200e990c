/** Stocktakes (盘点): count, compare with the books, approve or reject. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'

export type StocktakeStatus = 'counted' | 'approved' | 'rejected'

/** A product id with its catalogue names, resolved by the server. */
export interface ProductNamed {
  product_id: string
  product_name: string
  product_name_en: string
}

export interface QuantityRow extends ProductNamed {
  label_zh: string
  label_en: string
  unit: string | null
  book: number
  counted: number
  difference: number
}

export interface StocktakeEvent {
  id: number
  kind: StocktakeStatus
  at: string
  by: IdName
  voucher_ids: number[]
  note: string
}

export interface Stocktake {
  id: number
  number: string
  enterprise_id: number
  enterprise_name: string
  store_id: number
  store_name: string
  method: 'scan' | 'file' | 'quantity'
  status: StocktakeStatus
  counted_by: IdName
  counted_at: string
  book_voucher_id: number
  book_code_count: number
  counted_code_count: number
  duplicate_scans: number
  missing_count: number
  extra_count: number
  quantity_difference_count: number
  matches: boolean
  source_filename: string
  source_blake2b: string
  note: string
  missing_codes?: string[]
  extra_codes?: string[]
  /** Product id of each missing / extra code, same order; '' for a code never booked. Named in code_products. */
  missing_code_product_ids?: string[]
  extra_code_product_ids?: string[]
  code_products?: (ProductNamed & { label_zh: string; label_en: string; missing: number; extra: number })[]
  quantities?: QuantityRow[]
  quantity_differences?: QuantityRow[]
  events?: StocktakeEvent[]
  adjustment_voucher_ids?: number[]
  loss_incident_id?: number | null
}

export interface StocktakeQuery extends PageQuery {
  store_id?: number | string
  /** One enterprise within the caller's scope (the enterprise file). */
  enterprise_id?: number | string
  status?: string
  from?: string
  to?: string
}

export interface StocktakeForm {
  store_id: number
  codes: string[]
  quantities: Record<string, number>
  note?: string
}

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
