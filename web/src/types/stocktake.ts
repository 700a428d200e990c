/** Stocktakes (盘点) and loss incidents (丢失被盗), docs/api.md "Stocktakes and loss incidents". */
import type { PageQuery } from './api'

export type StocktakeStatus = 'counted' | 'approved' | 'rejected'

export interface PersonRef {
  id: number
  name: string
}

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
  by: PersonRef
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
  counted_by: PersonRef
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

export interface LossReport {
  reported_at: string
  reference: string
  recorded_at: string
}

export interface LossIncident {
  id: number
  number: string
  enterprise_id: number
  enterprise_name: string
  store_id: number
  store_name: string
  stocktake_id: number | null
  source: 'stocktake' | 'manual'
  discovered_at: string
  elapsed_seconds: number
  status: 'open' | 'closed'
  closed_at: string | null
  description: string
  code_count: number
  quantities: Record<string, number>
  opened_by: PersonRef
  police_report: LossReport | null
  regulator_report: LossReport | null
  /** Quantities of uncoded products by product (the same figures as `quantities`, with names). */
  quantity_items: (ProductNamed & { unit: string | null; quantity: number })[]
  codes?: (ProductNamed & { code: string })[]
  events?: { id: number; kind: string; at: string; reported_at: string; reference: string; note: string; by: PersonRef }[]
}

export interface LossQuery extends PageQuery {
  status?: string
  enterprise_id?: number | string
}

export interface LossReportForm {
  office: 'police' | 'regulator'
  reported_at: string
  reference: string
  note?: string
}
