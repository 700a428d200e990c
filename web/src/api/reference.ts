import { http } from '@/utils/request'
import type { Agency, Dictionaries, IndustryCode, Region } from '@/types/reference'

export function getRegions() {
  return http.get<{ items: Region[] }>('/regions')
}

export function getDictionaries() {
  return http.get<Dictionaries>('/dictionaries')
}

export function searchIndustryCodes(q: string) {
  return http.get<{ items: IndustryCode[] }>('/industry-codes', { q })
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
