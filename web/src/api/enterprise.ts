import { http } from '@/utils/request'
import { uploadRaw, type UploadOptions } from '@/utils/upload'
import type { ListResult, Query } from '@/types/api'
import type { AuditEntry, Enterprise, EnterpriseForm, EnterpriseQuery, ImportResult } from '@/types/enterprise'

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
