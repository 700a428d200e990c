/** Business settings (docs/api.md "Business settings"): settings keys an administrator edits. */
export type SettingValue = Record<string, unknown>

export interface SettingChange {
  action: 'update' | 'reset'
  value: SettingValue | null
  changed_by: number | null
  changed_by_name: string
  changed_at: string
}

export interface BusinessSetting {
  key: string
  label_zh: string
  label_en: string
  value: SettingValue
  default: SettingValue
  overridden: boolean
  stored_invalid: boolean
  changed_by_name: string | null
  changed_at: string | null
  history?: SettingChange[]
}
