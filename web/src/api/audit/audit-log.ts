/** The hash-chained audit log (审计日志) and its verification. */
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export interface AuditEntry {
  id: number
  at: string
  actor_id: number | null
  actor_name: string
  ip?: string
  action: string
  entity: string
  entity_id: string | number
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  hash?: string
}

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
