/** Hazardous workshops (危险工房定员定量, GB 28263-2024) and 四超 cases (234号 item 4) found from the data. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type Workshop = Schema<'Workshop'>
export type WorkshopInput = Schema<'WorkshopInput'>
export type FourOverCase = Schema<'FourOverCase'>
export type FourOverCriterion = FourOverCase['criterion']

export const HAZARD_CLASSES = ['1.1*', '1.1', '1.2', '1.4'] as const
export const FOUR_OVER_CRITERIA: FourOverCriterion[] = ['output', 'product_type', 'hours', 'storage', 'staffing']

export interface WorkshopQuery extends PageQuery {
  status?: string
  enterprise_id?: number | string
  region?: string
}

export interface FourOverQuery extends PageQuery {
  criterion?: string
  state?: string
  enterprise_id?: number | string
  region?: string
}

export function getWorkshopPage(query: WorkshopQuery) {
  return http.get<ListResult<Workshop>>('/workshops', query as Query)
}

export function getWorkshop(id: number | string) {
  return http.get<Workshop>(`/workshops/${id}`)
}

export function createWorkshop(data: WorkshopInput) {
  return http.post<Workshop>('/workshops', data, { silent: true })
}

export function updateWorkshop(id: number, data: WorkshopInput) {
  return http.put<Workshop>(`/workshops/${id}`, data, { silent: true })
}

export function setWorkshopActive(id: number, active: boolean) {
  return http.post<Workshop>(`/workshops/${id}/${active ? 'reactivate' : 'deactivate'}`)
}

export function recordHeadcount(id: number, people: number) {
  return http.post<Workshop>(`/workshops/${id}/headcounts`, { people, source: 'manual' }, { silent: true })
}

export function getFourOverPage(query: FourOverQuery) {
  return http.get<ListResult<FourOverCase>>('/four-over-cases', query as Query)
}
