import { http } from '@/utils/request'
import type { BusinessSetting, SettingValue } from '@/types/settings'

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
