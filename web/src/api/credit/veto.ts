/** One-vote veto (安全生产"一票否决"): rounds of applications for awards, funds and demonstration bases, checked against the dishonesty list, accidents, major hidden dangers and licences. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'

export type VetoKind = Schema<'VetoKind'>
export const VETO_KINDS: VetoKind[] = ['award_enterprise', 'award_entrepreneur', 'safety_fund', 'tech_fund', 'demo_base']
export type VetoResult = Schema<'VetoResult'>
export const VETO_RESULTS: VetoResult[] = ['pending', 'passed', 'vetoed']

export type VetoRound = Schema<'VetoRound'>
export type VetoEvent = NonNullable<VetoRound['events']>[number]
export type VetoReason = Schema<'VetoReason'>
export type VetoApplication = Schema<'VetoApplication'>

export interface VetoRoundQuery extends PageQuery {
  kind?: string
  status?: string
  name?: string
}

export interface VetoApplicationQuery extends PageQuery {
  round_id?: number | string
  enterprise_id?: number | string
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
