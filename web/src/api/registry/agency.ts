/** Supervising agencies (监管机构). */
import { http } from '@/utils/request'

export interface Agency {
  id: number
  name: string
  region_code: string
  region_name: string
  kind: string
  phone?: string
  status?: 'active' | 'inactive'
  created_at?: string
}

export function getAgencies() {
  return http.get<{ items: Agency[] }>('/agencies')
}

export interface AgencyInput {
  name: string
  region_code?: string
  phone?: string
}

export function createAgency(data: AgencyInput) {
  return http.post<Agency>('/agencies', data, { silent: true })
}

export function updateAgency(id: number, data: AgencyInput) {
  return http.put<Agency>(`/agencies/${id}`, data, { silent: true })
}

export function setAgencyActive(id: number, active: boolean) {
  return http.post<Agency>(`/agencies/${id}/${active ? 'reactivate' : 'deactivate'}`, {})
}
