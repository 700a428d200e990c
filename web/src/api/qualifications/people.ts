/** People's qualifications (人员资格, issue 15 §2): people in post, certificates, examinations of principals and safety managers (234号 item 3), training, the safety department, enforcement staff. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export const ENTERPRISE_ROLES = ['principal', 'safety_manager', 'special_worker', 'storekeeper', 'guard', 'escort', 'driver', 'blaster', 'manager'] as const
export type PersonRole = (typeof ENTERPRISE_ROLES)[number] | 'enforcement'

export const CERTIFICATE_KINDS = ['safety_qualification', 'special_operation', 'storekeeper', 'guard', 'escort', 'driver', 'blaster', 'enforcement', 'other'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]

export type ExamState = 'passed' | 'pending' | 'overdue' | 'not_required'
export type CertificateState = 'valid' | 'expiring' | 'expired' | 'revoked' | 'not_yet_valid'

export interface Certificate {
  id: number
  person_id: number
  person_name: string
  person_role: PersonRole
  owner_name: string
  kind: CertificateKind
  kind_zh: string
  number: string
  issuer: string
  valid_from: string
  valid_to: string
  days_left: number
  state: CertificateState
  file_id: number | null
  revoked_on: string | null
  revoked_reason: string
  created_at: string
}

export interface Examination {
  id: number
  appointed_on: string
  examined_on: string
  passed: boolean
  authority: string
  certificate_no: string
  note: string
  recorded_at: string
}

export interface TrainingRecord {
  id: number
  person_id: number
  person_name: string
  person_role: PersonRole
  owner_name: string
  course: string
  provider: string
  trained_on: string
  class_hours: number
  exam_result: 'pass' | 'fail' | 'none'
  score: number | null
  recorded_at: string
}

export interface AnnualHours {
  year?: number
  required: number
  done: number
  shortfall: number
  source?: string
  source_en?: string
}

export interface Person {
  id: number
  enterprise_id: number | null
  agency_id: number | null
  owner_name: string
  name: string
  role: PersonRole
  role_zh: string
  post: string
  is_manager: boolean
  full_time: boolean
  user_id: number | null
  username: string
  phone: string
  appointed_on: string
  exam_due_on: string | null
  exam_passed_on: string | null
  exam_state: ExamState
  left_on: string | null
  in_post: boolean
  certificates_valid: number
  next_expiry: string | null
  version: number
  updated_at: string
  annual_hours?: AnnualHours
  /** Detail only. */
  certificates?: Certificate[]
  examinations?: Examination[]
  training?: TrainingRecord[]
  exam_source?: string
  exam_source_en?: string
  exam_months?: number
}

export interface PersonQuery extends PageQuery {
  role?: string
  name?: string
  status?: string
  exam?: string
  enterprise_id?: number | string
  agency_id?: number | string
}

export interface PersonInput {
  name: string
  role?: string
  post: string
  phone: string
  appointed_on: string
  is_manager: boolean
  full_time: boolean
  user_id: number | null
}

export interface CertificateInput {
  kind: string
  number: string
  issuer: string
  valid_from: string
  valid_to: string
  file_id: number | null
}

export interface ExaminationInput {
  examined_on: string
  passed: boolean
  authority: string
  certificate_no: string
  note: string
}

export interface TrainingInput {
  course: string
  provider: string
  trained_on: string
  class_hours: number
  exam_result: string
  score: number | null
}

export interface CertificateQuery extends PageQuery {
  kind?: string
  number?: string
  expires_before?: string
  enterprise_id?: number | string
}

export interface TrainingQuery extends PageQuery {
  from?: string
  to?: string
  course?: string
  enterprise_id?: number | string
  staff?: 'enterprise' | 'agency' | ''
}

export interface ExaminationGap {
  person_id: number
  name: string
  role: PersonRole
  role_zh: string
  kind: 'not_examined' | 'no_certificate'
  appointed_on: string
  due_on: string
  source: string
}

export interface QualificationSummary {
  enterprise_id: number
  date: string
  safety_department: {
    has_department: boolean
    name: string | null
    established_on: string | null
    document_no: string | null
    safety_managers: number
    full_time_safety_managers: number
    satisfied: boolean
    source: string
  }
  gaps: ExaminationGap[]
  people_in_post: number
  certificates_expiring_or_expired: number
}

export function getPeoplePage(query: PersonQuery) {
  return http.get<ListResult<Person>>('/qualification-people', query as Query)
}
export function getPerson(id: number | string) {
  return http.get<Person>(`/qualification-people/${id}`)
}
export function createPerson(data: PersonInput) {
  return http.post<Person>('/qualification-people', data, { silent: true })
}
export function updatePerson(id: number, data: PersonInput) {
  return http.put<Person>(`/qualification-people/${id}`, data, { silent: true })
}
export function leavePost(id: number, left_on: string) {
  return http.post<Person>(`/qualification-people/${id}/leave`, { left_on }, { silent: true })
}
export function addCertificate(id: number, data: CertificateInput) {
  return http.post<Person>(`/qualification-people/${id}/certificates`, data, { silent: true })
}
export function addExamination(id: number, data: ExaminationInput) {
  return http.post<Person>(`/qualification-people/${id}/examinations`, data, { silent: true })
}
export function addTraining(id: number, data: TrainingInput) {
  return http.post<Person>(`/qualification-people/${id}/training`, data, { silent: true })
}
export function getCertificatePage(query: CertificateQuery) {
  return http.get<ListResult<Certificate>>('/qualification-certificates', query as Query)
}
export function revokeCertificate(id: number, reason: string) {
  return http.post<Certificate>(`/qualification-certificates/${id}/revoke`, { reason }, { silent: true })
}
export function getTrainingPage(query: TrainingQuery) {
  return http.get<ListResult<TrainingRecord>>('/training-records', query as Query)
}
export function getQualificationSummary(enterpriseId?: number) {
  return http.get<QualificationSummary>('/qualification-summary', enterpriseId ? { enterprise_id: enterpriseId } : {})
}
export function putSafetyDepartment(data: { name: string; established_on: string; document_no: string }) {
  return http.put<QualificationSummary>('/safety-department', data, { silent: true })
}
export function getStaffPage(query: PersonQuery) {
  return http.get<ListResult<Person>>('/enforcement-staff', query as Query)
}
export function createStaff(data: PersonInput) {
  return http.post<Person>('/enforcement-staff', data, { silent: true })
}
/** Edits an enforcement officer of the caller's own agency (staff_training:manage). */
export function updateStaff(id: number, data: PersonInput) {
  return http.put<Person>(`/enforcement-staff/${id}`, data, { silent: true })
}
export function addStaffTraining(id: number, data: TrainingInput) {
  return http.post<Person>(`/enforcement-staff/${id}/training`, data, { silent: true })
}
