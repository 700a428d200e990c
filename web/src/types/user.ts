export interface OrgRef {
  id: number
  name: string
  region_code: string
}

export interface RegionRef {
  code: string
  name: string
  kind: string
}

export interface User {
  id: number
  username: string
  display_name: string
  phone?: string
  email?: string
  roles: string[]
  permissions: string[]
  agency: OrgRef | null
  enterprise: OrgRef | null
  region: RegionRef | null
  status: 'active' | 'disabled'
}

export interface LoginResult {
  token: string
  csrf_token: string
  expires_in: number
  must_change_password: boolean
  user: User
}

export interface MeResult {
  user: User
  csrf_token: string
  must_change_password: boolean
}

export interface UserForm {
  username?: string
  display_name: string
  phone?: string
  email?: string
  password?: string
  agency_id?: number | null
  enterprise_id?: number | null
}

export interface Role {
  code: string
  label_zh: string
  label_en: string
  /** Who may hold it: system administrators, agency staff or enterprise staff. */
  scope?: 'system' | 'regulator' | 'enterprise'
  permissions: string[]
}

export interface SecurityPolicy {
  password_min_length: number
  password_min_classes: number
  lockout_threshold: number
  lockout_window_minutes: number
  lockout_minutes: number
  idle_timeout_minutes: number
  password_history: number
}
