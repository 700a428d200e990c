/** The security policy (安全策略): password rules, lockout, session limits. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type SecurityPolicy = Schema<'SecurityPolicy'>

export function getSecurityPolicy() {
  return http.get<SecurityPolicy>('/security-policy')
}

export function updateSecurityPolicy(data: SecurityPolicy) {
  return http.put<SecurityPolicy>('/security-policy', data, { silent: true })
}
