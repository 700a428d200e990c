/** Loss incidents (丢失、被盗): opened by a stocktake or reported by hand, reported to the offices, closed. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import type { ProductNamed } from '@/api/explosives/stocktake'
import { http } from '@/utils/request'

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
  opened_by: IdName
  police_report: LossReport | null
  regulator_report: LossReport | null
  /** Quantities of uncoded products by product (the same figures as `quantities`, with names). */
  quantity_items: (ProductNamed & { unit: string | null; quantity: number })[]
  codes?: (ProductNamed & { code: string })[]
  /** Detail only: the accident event the loss opened (issue 14 §4). */
  accident_id?: number | null
  events?: { id: number; kind: string; at: string; reported_at: string; reference: string; note: string; by: IdName }[]
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
