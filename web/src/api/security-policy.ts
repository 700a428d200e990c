import { http } from '@/utils/request'
import type { SecurityPolicy } from '@/types/user'

export function getSecurityPolicy() {
  return http.get<SecurityPolicy>('/security-policy')
}

export function updateSecurityPolicy(data: SecurityPolicy) {
  return http.put<SecurityPolicy>('/security-policy', data, { silent: true })
}
