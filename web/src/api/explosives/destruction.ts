/** Destruction plans (销毁方案, 条例 art. 43): registered, reported to the province authority and the county police, executed by a destruction voucher. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type DestructionPlan = Schema<'DestructionPlan'>
export type DestructionPlanInput = Schema<'DestructionPlanInput'>
export type DestructionReport = NonNullable<Schema<'DestructionReport'>>
export type DestructionExecution = Schema<'DestructionExecution'>
export type PlanStatus = DestructionPlan['status']
export type PlanOffice = 'province' | 'police'

export interface DestructionQuery extends PageQuery {
  status?: string
  enterprise_id?: number | string
}

export interface DestructionReportForm {
  office: PlanOffice
  reported_on: string
  receiving_unit: string
  document_number: string
  note?: string
}

export function getDestructionPlanPage(query: DestructionQuery) {
  return http.get<ListResult<DestructionPlan>>('/destruction-plans', query as Query)
}

export function getDestructionPlan(id: number | string) {
  return http.get<DestructionPlan>(`/destruction-plans/${id}`)
}

export function createDestructionPlan(data: DestructionPlanInput) {
  return http.post<DestructionPlan>('/destruction-plans', data, { silent: true })
}

export function recordDestructionReport(id: number, data: DestructionReportForm) {
  return http.post<DestructionPlan>(`/destruction-plans/${id}/reports`, data, { silent: true })
}
