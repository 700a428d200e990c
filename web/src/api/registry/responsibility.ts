/** The responsibility matrix (三管三必须). */
import type { Schema } from '@/api/core/schema'
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type OwnerKind = 'agency' | 'enterprise'

export type Responsibility = Schema<'Responsibility'>

export interface ResponsibilityQuery extends PageQuery {
  owner_kind?: string
  agency_id?: number
  enterprise_id?: number
  region_code?: string
  kind?: string
  q?: string
}

export interface ResponsibilityForm {
  owner_kind: OwnerKind
  agency_id: number | null
  enterprise_id: number | null
  person_name: string
  position: string
  unit_name: string
  kind: string
  phone: string
  duties: string
}

export const RESPONSIBILITY_EXPORT_URL = '/responsibilities/export'

export function getResponsibilityPage(query: ResponsibilityQuery) {
  return http.get<ListResult<Responsibility>>('/responsibilities', query as Query)
}

export function createResponsibility(data: ResponsibilityForm) {
  return http.post<Responsibility>('/responsibilities', data, { silent: true })
}

export function updateResponsibility(id: number, data: ResponsibilityForm) {
  return http.put<Responsibility>(`/responsibilities/${id}`, data, { silent: true })
}

export function deactivateResponsibility(id: number) {
  return http.post<Responsibility>(`/responsibilities/${id}/deactivate`)
}
