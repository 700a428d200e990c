/** The security policy (安全策略): password rules, lockout, session limits. */
import { http } from '@/utils/request'

export interface SecurityPolicy {
  password_min_length: number
  password_min_classes: number
  lockout_threshold: number
  lockout_window_minutes: number
  lockout_minutes: number
  idle_timeout_minutes: number
  password_history: number
}

export function getSecurityPolicy() {
  return http.get<SecurityPolicy>('/security-policy')
}

export function updateSecurityPolicy(data: SecurityPolicy) {
  return http.put<SecurityPolicy>('/security-policy', data, { silent: true })
}
