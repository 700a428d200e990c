/** Enforcement inspections (执法检查) by the supervising agency. */
import type { ListResult, Query } from '@/api/core/common'
import type { HiddenDanger } from '@/api/dual-prevention/hidden-danger'
import { http } from '@/utils/request'

export interface EnforcementAction {
  id: number
  kind: string
  amount_fen: number | null
  suspension_from: string | null
  suspension_to: string | null
  decision_no: string
  description: string
  decided_on: string
}

export interface EnforcementInspection {
  id: number
  enterprise_id: number
  enterprise_name: string
  enterprise_address: string
  legal_representative: string
  agency_name: string
  inspected_on: string
  inspectors: string
  summary: string
  order_no: string
  order_text: string
  order_deadline: string
  created_by_name: string
  created_at: string
  findings_count: number
  open_findings_count: number
  findings?: HiddenDanger[]
  actions?: EnforcementAction[]
}

export function getEnforcementPage(query: { enterprise_id?: number | string; from?: string; to?: string; page?: number; page_size?: number }) {
  return http.get<ListResult<EnforcementInspection>>('/enforcement-inspections', query as Query)
}

export function getEnforcement(id: number | string) {
  return http.get<EnforcementInspection>(`/enforcement-inspections/${id}`)
}

export function createEnforcement(data: Record<string, unknown>) {
  return http.post<EnforcementInspection>('/enforcement-inspections', data, { silent: true })
}

export function addEnforcementAction(id: number, data: Record<string, unknown>) {
  return http.post<EnforcementInspection>(`/enforcement-inspections/${id}/actions`, data, { silent: true })
}
