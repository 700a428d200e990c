/** Functional zones (功能区: 开发区、高新区) under a city, managed by the system administrator. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type Zone = Schema<'Region'>
export type ZoneChange = Schema<'RegionChange'>
export type ZoneCreateInput = Schema<'ZoneCreateInput'>
export type ZoneUpdateInput = Schema<'ZoneUpdateInput'>

export function createZone(data: ZoneCreateInput) {
  return http.post<Zone>('/regions/zones', data, { silent: true })
}

export function updateZone(code: string, data: ZoneUpdateInput) {
  return http.put<Zone>(`/regions/${encodeURIComponent(code)}`, data, { silent: true })
}

export function setZoneActive(code: string, active: boolean) {
  return http.post<Zone>(`/regions/${encodeURIComponent(code)}/${active ? 'reactivate' : 'deactivate'}`, {}, { silent: true })
}

export function getZoneHistory(code: string) {
  return http.get<{ items: ZoneChange[] }>(`/regions/${encodeURIComponent(code)}/history`)
}
