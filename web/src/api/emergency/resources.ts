/** Emergency resources (应急资源): teams, experts, equipment and materials with expiry and inspection alerts. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type EmergencyResource = Schema<'EmergencyResource'>
export type EmergencyResourceInput = Schema<'EmergencyResourceInput'>
export type EmergencyResourceCategory = Schema<'EmergencyResourceCategory'>
export type EmergencyResourceOverview = Schema<'EmergencyResourceOverview'>

export const RESOURCE_CATEGORIES: EmergencyResourceCategory[] = ['team', 'expert', 'material']
export const TEAM_KINDS = ['full_time', 'part_time'] as const
export const MATERIAL_KINDS = ['equipment', 'material'] as const

export interface EmergencyResourceQuery extends PageQuery {
  category?: EmergencyResourceCategory | ''
  alert?: '' | 'due_soon' | 'past_due' | 'any'
  q?: string
  enterprise_id?: number | string
}

export function getResourcePage(query: EmergencyResourceQuery) {
  return http.get<ListResult<EmergencyResource> & { due_soon_days: number }>('/emergency-resources', query as Query)
}

export function getResourceOverview() {
  return http.get<EmergencyResourceOverview>('/emergency-resources/overview')
}

export function getResource(id: number | string) {
  return http.get<EmergencyResource>(`/emergency-resources/${id}`)
}

export function createResource(data: EmergencyResourceInput) {
  return http.post<EmergencyResource>('/emergency-resources', data, { silent: true })
}

export function updateResource(id: number, data: EmergencyResourceInput) {
  return http.put<EmergencyResource>(`/emergency-resources/${id}`, data, { silent: true })
}

export function deleteResource(id: number) {
  return http.delete<{ id: number; deleted: boolean }>(`/emergency-resources/${id}`, { silent: true })
}
