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
