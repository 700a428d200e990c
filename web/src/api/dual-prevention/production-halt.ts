/** Production halts (停产撤人, 山东省安全生产条例 Art.44) and their restart approved by the regulator. */
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export interface ProductionHaltEvent {
  id: number
  action: 'halt' | 'restart'
  actor_name: string
  at: string
  details: Record<string, unknown>
}

export interface ProductionHalt {
  id: number
  enterprise_id: number
  enterprise_name: string
  hidden_danger_id: number | null
  scope: string
  reason: string
  halted_at: string
  recorded_by_name: string
  recorded_by_regulator: boolean
  recorded_at: string
  state: 'halted' | 'restarted'
  state_label_zh: string
  state_label_en: string
  restart_approved_at: string | null
  restart_approved_by_name: string
  restart_inspected_on: string
  restart_inspection: string
  events?: ProductionHaltEvent[]
  can_restart?: boolean
}

export interface ProductionHaltForm {
  enterprise_id?: number | null
  hidden_danger_id?: number | null
  scope: string
  reason: string
  /** "YYYY-MM-DD HH:mm" China time; empty = now. */
  halted_at?: string
}

export function getProductionHaltPage(query: { enterprise_id?: number; state?: string; page?: number; page_size?: number }) {
  return http.get<ListResult<ProductionHalt> & { halted_enterprises: number }>('/production-halts', query as Query)
}

export function getProductionHalt(id: number | string) {
  return http.get<ProductionHalt>(`/production-halts/${id}`)
}

export function recordProductionHalt(data: ProductionHaltForm) {
  return http.post<ProductionHalt>('/production-halts', data, { silent: true })
}

export function approveRestart(id: number, data: { inspected_on: string; inspection: string }) {
  return http.post<ProductionHalt>(`/production-halts/${id}/restart`, data, { silent: true })
}
