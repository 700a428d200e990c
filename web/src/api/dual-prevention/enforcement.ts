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
  /** A code of the reference's legal_bases (required for a penalty); other → legal_basis_text. */
  legal_basis?: string
  legal_basis_label_zh?: string
  legal_basis_text?: string
}

export interface EnforcementReference {
  kinds: { value: string; label_zh: string; label_en: string }[]
  legal_bases: { value: string; label_zh: string; label_en: string }[]
}

export interface EnforcementInspection {
  id: number
  /** Business number (执法检查编号), e.g. ZF20261206-000007. */
  number: string
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
  /** routine | duty_emergency (值班值守和应急管理专项检查) | special */
  kind?: string
  kind_label_zh?: string
  kind_label_en?: string
  /** No findings: a clean inspection, without an order. */
  clean?: boolean
  /** The order requires the regulator's re-check (复查) before its findings close. */
  recheck_required?: boolean
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

export function getEnforcementReference() {
  return http.get<EnforcementReference>('/enforcement-inspections/reference')
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
