/** Emergency plans (应急预案, 88号令 as amended by 2号令): versions, review, publication, filing online, evaluation, revision triggers. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type PlanKind = Schema<'EmergencyPlanKind'>
export type PlanStatus = Schema<'EmergencyPlanStatus'>
export type PlanDeadline = Schema<'EmergencyPlanDeadline'>
export type EmergencyPlan = Schema<'EmergencyPlan'>
export type EmergencyPlanDetail = Schema<'EmergencyPlanDetail'>
export type PlanFiling = Schema<'EmergencyPlanFiling'>
export type PlanExpert = Schema<'EmergencyPlanExpert'>

export const PLAN_KINDS: PlanKind[] = ['comprehensive', 'special', 'onsite']
export const PLAN_STATUSES: PlanStatus[] = ['draft', 'published', 'filing_submitted', 'returned', 'filed', 'revision_required']
/** The six revision triggers of art. 36. */
export const REVISION_CAUSES = ['law_changed', 'command_changed', 'risks_changed', 'resources_changed', 'drill_or_response', 'unit_decision'] as const
export type RevisionCause = (typeof REVISION_CAUSES)[number]

export interface PlanQuery extends PageQuery {
  kind?: string
  status?: string
  keyword?: string
  enterprise_id?: number | string
}

export function getPlanPage(query: PlanQuery) {
  return http.get<ListResult<EmergencyPlan>>('/emergency-plans', query as Query)
}

export function getPlan(id: number | string) {
  return http.get<EmergencyPlanDetail>(`/emergency-plans/${id}`)
}

export function createPlan(data: Schema<'EmergencyPlanInput'>) {
  return http.post<EmergencyPlanDetail>('/emergency-plans', data, { silent: true })
}

export function updatePlan(id: number, data: Schema<'EmergencyPlanInput'>) {
  return http.put<EmergencyPlanDetail>(`/emergency-plans/${id}`, data, { silent: true })
}

export function addPlanVersion(id: number, data: Schema<'EmergencyPlanVersionInput'>) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/versions`, data, { silent: true })
}

export function recordPlanReview(id: number, data: Schema<'EmergencyPlanReviewInput'>) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/reviews`, data, { silent: true })
}

export function publishPlan(id: number, published_on: string) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/publish`, { published_on }, { silent: true })
}

export function submitPlanFiling(id: number, data: Schema<'EmergencyPlanFilingInput'>) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/filings`, data, { silent: true })
}

export function acceptPlanFiling(id: number, filingId: number) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/filings/${filingId}/accept`, {}, { silent: true })
}

export function returnPlanFiling(id: number, filingId: number, reasons: string) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/filings/${filingId}/return`, { reasons }, { silent: true })
}

export function recordPlanEvaluation(id: number, data: Schema<'EmergencyPlanEvaluationInput'>) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/evaluations`, data, { silent: true })
}

export function triggerPlanRevision(id: number, cause: RevisionCause, note: string) {
  return http.post<EmergencyPlanDetail>(`/emergency-plans/${id}/revision-triggers`, { cause, note }, { silent: true })
}
