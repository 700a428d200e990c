import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { Responsibility, ResponsibilityForm, ResponsibilityQuery } from '@/types/responsibility'

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
