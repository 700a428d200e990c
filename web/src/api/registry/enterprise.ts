/** The enterprise registry (一企一档): records, history, import and export. */
import type { Schema } from '@/api/core/schema'
import type { AuditEntry } from '@/api/audit/audit-log'
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'
import { type UploadOptions, uploadRaw } from '@/utils/upload'

export type Supervision = 'supervision' | 'industry_management'

export type Enterprise = Schema<'Enterprise'>

export interface EnterpriseQuery extends PageQuery {
  q?: string
  region_code?: string
  industry?: string
  supervision?: string
  status?: string
}

export interface EnterpriseForm {
  name: string
  uscc: string
  region_code: string
  industry: string
  industry_code: string | null
  scale: string | null
  address: string
  legal_representative: string
  contact_phone: string
  employees: number | null
  park_name: string
  latitude: number | null
  longitude: number | null
  accept_uscc_warning?: boolean
}

export interface ImportError {
  line: number
  field: string
  rule: string
  message: string
  message_zh?: string
}

export interface ImportRuleCount {
  rule: string
  message: string
  message_zh: string
  count: number
}

export interface ImportFieldCount {
  field: string
  label_zh: string
  count: number
}

/** Answer of POST /enterprises/import: the first errors, every error counted, a report id. */
export interface ImportResult {
  total_rows: number
  imported: number
  skipped: number
  error_count: number
  error_rows: number
  /** The first errors in file order (the server lists at most 200 by default). */
  errors: ImportError[]
  errors_truncated: boolean
  errors_by_rule: ImportRuleCount[]
  errors_by_field: ImportFieldCount[]
  /** GET /enterprises/import-reports/{report_id}: every error as .xlsx; null without errors. */
  report_id: string | null
  report_rows: number
  report_truncated: boolean
  report_expires_at: string | null
}

export const ENTERPRISE_EXPORT_URL = '/enterprises/export'

export const ENTERPRISE_TEMPLATE_URL = '/api/v1/enterprises/import-template'

/** The full error list of an import (.xlsx), for the account that ran it. */
export function importReportUrl(reportId: string): string {
  return `/api/v1/enterprises/import-reports/${encodeURIComponent(reportId)}`
}

export function getEnterprisePage(query: EnterpriseQuery) {
  return http.get<ListResult<Enterprise>>('/enterprises', query as Query)
}

export function getEnterprise(id: number | string) {
  return http.get<Enterprise>(`/enterprises/${id}`)
}

export function getEnterpriseHistory(id: number | string) {
  return http.get<{ items: AuditEntry[] } | AuditEntry[]>(`/enterprises/${id}/history`)
}

export function createEnterprise(data: EnterpriseForm) {
  return http.post<Enterprise>('/enterprises', data, { silent: true })
}

export function updateEnterprise(id: number, data: EnterpriseForm) {
  return http.put<Enterprise>(`/enterprises/${id}`, data, { silent: true })
}

export function deactivateEnterprise(id: number, reason: string) {
  return http.post<Enterprise>(`/enterprises/${id}/deactivate`, { reason })
}

export function reactivateEnterprise(id: number) {
  return http.post<Enterprise>(`/enterprises/${id}/reactivate`)
}

export function importEnterprises(file: File, mode: 'all' | 'valid_only', onProgress?: UploadOptions['onProgress']) {
  return uploadRaw<ImportResult>('/enterprises/import', file, { query: { mode }, onProgress, silent: true })
}
