/** One-vote veto (安全生产"一票否决"): rounds of applications for awards, funds and demonstration bases, checked against the dishonesty list, accidents, major hidden dangers and licences. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'

export type VetoKind = 'award_enterprise' | 'award_entrepreneur' | 'safety_fund' | 'tech_fund' | 'demo_base'
export const VETO_KINDS: VetoKind[] = ['award_enterprise', 'award_entrepreneur', 'safety_fund', 'tech_fund', 'demo_base']
export type VetoResult = 'pending' | 'passed' | 'vetoed'
export const VETO_RESULTS: VetoResult[] = ['pending', 'passed', 'vetoed']

export interface VetoEvent {
  id: number
  application_id: number | null
  action: 'create' | 'apply' | 'import' | 'check' | 'confirm'
  details: Record<string, unknown>
  by: string
  at: string
}

export interface VetoRound {
  id: number
  name: string
  kind: VetoKind
  kind_zh: string
  agency: IdName
  period_from: string
  period_to: string
  status: 'open' | 'confirmed'
  checked_at: string | null
  /** Figures of the last check. */
  applications: number
  vetoed: number
  /** Applications now, and those not checked since they were added. */
  total: number
  pending: number
  confirmed_at: string | null
  confirmed_by: string
  result_hash: string
  created_by: string
  created_at: string
  /** Detail only. */
  events?: VetoEvent[]
  period_source?: string
  period_months?: number
}

export interface VetoReason {
  code: 'dishonesty_list' | 'accident' | 'hidden_danger_overdue' | 'hidden_danger_unrectified' | 'licence_lapsed' | 'licence_suspended' | 'licence_revoked'
  record_type: 'credit_listing' | 'accident' | 'hidden_danger' | 'licence'
  record_id: number
  record_label: string
  date: string
  text_zh: string
  text_en: string
}

export interface VetoApplication {
  id: number
  round: { id: number; name: string; kind: VetoKind; kind_zh: string; status: 'open' | 'confirmed'; period_from: string; period_to: string; agency_name: string; confirmed_at: string | null; result_hash: string }
  enterprise: { id: number; name: string; uscc: string }
  applicant_name: string
  project: string
  source: 'agency' | 'import' | 'enterprise'
  result: VetoResult
  reasons: VetoReason[]
  checked_at: string | null
  created_at: string
}

export interface VetoRoundQuery extends PageQuery {
  kind?: string
  status?: string
  name?: string
}

export interface VetoApplicationQuery extends PageQuery {
  round_id?: number | string
  result?: string
  enterprise_name?: string
}

export function getVetoRoundPage(query: VetoRoundQuery) {
  return http.get<ListResult<VetoRound>>('/veto-rounds', query as Query)
}

export function getVetoRound(id: number | string) {
  return http.get<VetoRound>(`/veto-rounds/${id}`)
}

export function createVetoRound(data: { name: string; kind: VetoKind; period_from?: string; period_to?: string }) {
  return http.post<VetoRound>('/veto-rounds', data, { silent: true })
}

export function addVetoApplication(roundId: number, data: { enterprise_name?: string; enterprise_id?: number; applicant_name?: string; project?: string }) {
  return http.post<VetoApplication>(`/veto-rounds/${roundId}/applications`, data, { silent: true })
}

export function checkVetoRound(roundId: number) {
  return http.post<VetoRound>(`/veto-rounds/${roundId}/check`, {})
}

export function confirmVetoRound(roundId: number, figures: { applications: number; vetoed: number }) {
  return http.post<VetoRound>(`/veto-rounds/${roundId}/confirm`, figures, { silent: true })
}

export function getVetoApplicationPage(query: VetoApplicationQuery) {
  return http.get<ListResult<VetoApplication>>('/veto-applications', query as Query)
}

export function getVetoApplication(id: number | string) {
  return http.get<VetoApplication>(`/veto-applications/${id}`)
}

export function getOpenVetoRounds() {
  return http.get<ListResult<VetoRound>>('/veto-applications/open-rounds')
}

export function submitVetoApplication(data: { round_id: number; project: string; applicant_name?: string }) {
  return http.post<VetoApplication>('/veto-applications', data, { silent: true })
}

/** A workbook (.xlsx or .csv) of 企业名称 | 申报人 | 申报项目 rows; every row's enterprise must be found or nothing is written. */
export function importVetoApplications(roundId: number, file: File) {
  return uploadRaw<{ imported: number }>(`/veto-rounds/${roundId}/applications/import`, file, { silent: true })
}
