import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type {
  EnforcementInspection,
  HiddenDanger,
  HiddenDangerForm,
  HiddenDangerQuery,
  HiddenDangerReference,
  HiddenDangerStatistics,
} from '@/types/hidden-danger'

export function getHiddenDangerPage(query: HiddenDangerQuery & { page?: number; page_size?: number; sort?: string }) {
  return http.get<ListResult<HiddenDanger>>('/hidden-dangers', query as Query)
}

export function getHiddenDanger(id: number | string) {
  return http.get<HiddenDanger>(`/hidden-dangers/${id}`)
}

export function getHiddenDangerReference() {
  return http.get<HiddenDangerReference>('/hidden-dangers/reference')
}

export function reportHiddenDanger(data: HiddenDangerForm) {
  return http.post<HiddenDanger>('/hidden-dangers', data, { silent: true })
}

export function registerReferral(data: HiddenDangerForm) {
  return http.post<HiddenDanger>('/hidden-dangers/referrals', data, { silent: true })
}

export function transitionHiddenDanger(id: number, body: Record<string, unknown>) {
  return http.post<HiddenDanger>(`/hidden-dangers/${id}/transitions`, body, { silent: true })
}

export function getHiddenDangerStatistics(query: { region_code?: string; industry?: string; from?: string; to?: string }) {
  return http.get<HiddenDangerStatistics>('/hidden-dangers/statistics', query as Query)
}

export function getEnforcementPage(query: { enterprise_id?: number | string; from?: string; to?: string; page?: number; page_size?: number }) {
  return http.get<ListResult<EnforcementInspection>>('/enforcement-inspections', query as Query)
}

export function getEnforcement(id: number | string) {
  return http.get<EnforcementInspection>(`/enforcement-inspections/${id}`)
}

export function createEnforcement(data: Record<string, unknown>) {
  return http.post<EnforcementInspection>('/enforcement-inspections', data, { silent: true })
}

export function addEnforcementAction(id: number, data: Record<string, unknown>) {
  return http.post<EnforcementInspection>(`/enforcement-inspections/${id}/actions`, data, { silent: true })
}
