import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { AuditEntry } from '@/types/enterprise'

export const AUDIT_EXPORT_URL = '/audit-log/export'

export interface AuditQuery {
  actor?: string
  action?: string
  entity?: string
  entity_id?: string
  from?: string
  to?: string
  page: number
  page_size: number
}

export function getAuditLogPage(query: AuditQuery) {
  return http.get<ListResult<AuditEntry>>('/audit-log', query as unknown as Query)
}

export function verifyAuditChain() {
  return http.get<{ ok: boolean; checked: number; first_broken_id: number | null }>('/audit-log/verify')
}
