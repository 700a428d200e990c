/** Licences (许可证, 安全生产许可证条例): the register, applications with the art. 6 checklist computed from the data, the 45-day decision, 暂扣 / 恢复 / 吊销, safety evaluations. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type LicenceStatus = 'valid' | 'suspended' | 'revoked' | 'expired'
export const LICENCE_STATUSES: LicenceStatus[] = ['valid', 'suspended', 'revoked', 'expired']
export type ApplicationType = 'new' | 'renewal' | 'change'
export const APPLICATION_TYPES: ApplicationType[] = ['new', 'renewal', 'change']
export type ApplicationStatus = 'submitted' | 'approved' | 'refused' | 'withdrawn'
export const APPLICATION_STATUSES: ApplicationStatus[] = ['submitted', 'approved', 'refused', 'withdrawn']

export interface LicenceKind { code: string; label: string; label_en: string; explosives: boolean }
export interface LicenceKinds { kinds: LicenceKind[]; validity_years: number; renewal_window_months: number; decision_days: number; reminder_days: number[] }

export interface LicenceScope {
  products: { product_code: string; product_name?: string; unit?: string; annual_quantity: string | number; annual_quantity_milli?: number }[]
  magazines: { store_id: number; store_name?: string; net_mass_kg?: string | number | null; net_mass_g?: number | null; pieces?: number | null }[]
  work_days: string
  work_from: string
  work_to: string
  note: string
  /** 现场混装 capacity, tonnes a year (production licences only). */
  on_site_mixing_t?: number | null
}

export interface LicenceEvent {
  id: number
  licence_id: number | null
  application_id: number | null
  kind: string
  from_status: string
  to_status: string
  valid_from: string
  valid_to: string
  reason: string
  document_file_id: number | null
  by: IdName
  at: string
}

export interface Licence {
  id: number
  enterprise_id: number
  enterprise_name: string
  kind: string
  kind_zh: string
  kind_en: string
  number: string
  issuer_agency_id: number | null
  issuer_name: string
  issued_on: string
  valid_from: string
  valid_to: string
  status: LicenceStatus
  status_zh: string
  status_reason: string
  status_since: string
  status_document_file_id: number | null
  document_file_id: number | null
  scope: LicenceScope
  days_left?: number
  events?: LicenceEvent[]
  renewal?: { opens: string; closes: string; open: boolean; early: boolean; late: boolean; days_left: number; source: string; source_en: string }
  without_review?: { eligible: boolean; fatal_accidents: number; source: string; source_en: string }
  applications?: { id: number; application_type: ApplicationType; status: ApplicationStatus; submitted_on: string; decided_on: string }[]
  validity_years?: number
  validity_source?: string
}

export interface ConditionRecord { kind: string; id: number; label: string; problem: string }
export interface LicenceCondition {
  id: string
  label: string
  label_en: string
  source: string
  source_en: string
  passed: boolean
  detail: string
  detail_en: string
  records: ConditionRecord[]
}

export interface LicenceApplication {
  id: number
  enterprise_id: number
  enterprise_name: string
  kind: string
  kind_zh: string
  kind_en: string
  application_type: ApplicationType
  application_type_zh: string
  licence_id: number | null
  licence_number: string
  status: ApplicationStatus
  note: string
  without_review: boolean
  submitted_by: IdName
  submitted_at: string
  submitted_on: string
  decided_by: IdName | null
  decided_at: string | null
  decided_on: string | null
  decision_note: string
  decision_document_file_id: number | null
  decision_due: { due: string; moved: boolean; days_left: number; overdue: boolean; source: string; source_en: string }
  failed_conditions_at_submission: number
  requested_scope: Partial<LicenceScope>
  conditions_at_submission?: LicenceCondition[]
  conditions?: LicenceCondition[]
  events?: LicenceEvent[]
  licence?: Licence
}

export interface SafetyEvaluation {
  id: number
  enterprise_id: number
  enterprise_name: string
  agency_name: string
  evaluated_on: string
  conclusion: 'pass' | 'fail'
  valid_until: string
  report_file: IdName
  note: string
  recorded_by: IdName
  recorded_at: string
}

export interface LicenceQuery extends PageQuery {
  kind?: string
  status?: string
  expiring_within_days?: number | string
  region?: string
  enterprise_id?: number | string
  number?: string
  enterprise_name?: string
}

export interface ApplicationQuery extends PageQuery {
  kind?: string
  status?: string
  application_type?: string
  region?: string
  enterprise_id?: number | string
}

export interface LicenceInput {
  enterprise_id: number
  kind: string
  number: string
  issuer_name?: string
  issued_on?: string
  valid_from: string
  valid_to?: string
  document_file_id?: number
  scope?: Partial<LicenceScope>
}

export interface ApplicationInput {
  enterprise_id?: number
  application_type: ApplicationType
  kind?: string
  licence_id?: number
  scope?: Partial<LicenceScope>
  note?: string
}

export interface EvaluationInput {
  enterprise_id?: number
  agency_name: string
  evaluated_on: string
  conclusion: 'pass' | 'fail'
  valid_until: string
  report_file_id: number
  note?: string
}

export const getLicenceKinds = () => http.get<LicenceKinds>('/licences/kinds')
export const getLicencePage = (query: LicenceQuery) => http.get<ListResult<Licence>>('/licences', query as Query)
export const getLicence = (id: number | string) => http.get<Licence>(`/licences/${id}`)
export const registerLicence = (data: LicenceInput) => http.post<Licence>('/licences', data)
export const changeLicenceStatus = (id: number, action: 'suspend' | 'reinstate' | 'revoke', data: { reason: string; document_file_id?: number }) =>
  http.post<Licence>(`/licences/${id}/${action}`, data)
export const getApplicationPage = (query: ApplicationQuery) => http.get<ListResult<LicenceApplication>>('/licence-applications', query as Query)
export const getApplication = (id: number | string) => http.get<LicenceApplication>(`/licence-applications/${id}`)
export const submitApplication = (data: ApplicationInput) => http.post<LicenceApplication>('/licence-applications', data)
export const decideApplication = (id: number, data: { approve: boolean; note?: string; number?: string; document_file_id?: number }) =>
  http.post<LicenceApplication>(`/licence-applications/${id}/decision`, data)
export const withdrawApplication = (id: number) => http.post<LicenceApplication>(`/licence-applications/${id}/withdraw`, {})
export const getConditions = (enterpriseId?: number) =>
  http.get<{ enterprise_id: number; enterprise_name: string; all_passed: boolean; conditions: LicenceCondition[] }>('/licence-conditions', enterpriseId ? { enterprise_id: enterpriseId } : {})
export const getEvaluationPage = (query: PageQuery & { enterprise_id?: number | string }) => http.get<ListResult<SafetyEvaluation>>('/safety-evaluations', query as Query)
export const recordEvaluation = (data: EvaluationInput) => http.post<SafetyEvaluation>('/safety-evaluations', data)
