/** Business settings (业务参数, docs/api.md "Business settings"): thresholds with defaults from the rules, with change history. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type SettingValue = Record<string, unknown>

export interface SettingChange {
  action: 'update' | 'reset'
  value: SettingValue | null
  changed_by: number | null
  changed_by_name: string
  changed_at: string
}

export type BusinessSetting = Schema<'BusinessSetting'>

export function listSettings() {
  return http.get<{ items: BusinessSetting[] }>('/settings')
}

export function getSetting(key: string) {
  return http.get<BusinessSetting>(`/settings/${encodeURIComponent(key)}`)
}

export function updateSetting(key: string, value: SettingValue) {
  return http.put<BusinessSetting>(`/settings/${encodeURIComponent(key)}`, { value }, { silent: true })
}

export function resetSetting(key: string) {
  return http.post<BusinessSetting>(`/settings/${encodeURIComponent(key)}/reset`, {}, { silent: true })
}
