/** Accidents and abnormal events (事故和险情信息报告, 493号令): first reports, corrections, follow-ups (续报), the report chain and its forwarding. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type AccidentGrade = 'ordinary' | 'large' | 'serious' | 'especially_serious'

export const ACCIDENT_GRADES: AccidentGrade[] = ['ordinary', 'large', 'serious', 'especially_serious']

/** GB 6441 types "01"–"20" (the codes risk events use too). */
export const ACCIDENT_TYPES = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'))

export interface AccidentFacts {
  title: string
  accident_type: string
  road_traffic: boolean
  address: string
  latitude: number | null
  longitude: number | null
  occurred_at: string
  deaths: number
  serious_injuries: number
  missing: number
  direct_loss_yuan: number
  course: string
  measures: string
}

export interface AccidentDeadline {
  key: string
  from: 'enterprise' | 'county' | 'city' | 'province'
  to: 'county' | 'city' | 'province' | 'ministry'
  due_at: string
  done_at: string | null
  late_minutes: number
  status: 'done' | 'late_done' | 'pending' | 'overdue'
  source: string
  source_en: string
}

export interface Accident extends AccidentFacts {
  id: number
  number: string
  enterprise_id: number
  enterprise_name: string
  accident_type_zh: string
  grade: AccidentGrade
  grade_basis: string[]
  grade_since: string
  reported_at: string
  reported_by: IdName
  version: number
  updated_at: string
  loss_incident_id: number | null
  deadlines: AccidentDeadline[]
  late_steps: number
  follow_up_until: string
  follow_up_open: boolean
  reports?: { version: number; kind: 'first' | 'correction' | 'follow_up'; facts: AccidentFacts; grade: AccidentGrade; note: string; at: string; by: IdName }[]
  forwards?: { level: string; agency: IdName; by: IdName; note: string; at: string }[]
  /** Detail only: the caller's agency level and whether it has a step to acknowledge and forward. */
  forward_level?: 'county' | 'city' | 'province' | 'ministry' | null
  can_forward?: boolean
  investigation?: { leader: string; leader_zh: string; report_due_at: string; extension_max_days: number; approval_days: number; source: string }
}

export interface AccidentQuery extends PageQuery {
  grade?: string
  accident_type?: string
  from?: string
  to?: string
  enterprise_id?: number | string
}

export type AccidentInput = Partial<AccidentFacts> & { enterprise_id?: number; note?: string }

export function getAccidentPage(query: AccidentQuery) {
  return http.get<ListResult<Accident>>('/accidents', query as Query)
}

export function getAccident(id: number | string) {
  return http.get<Accident>(`/accidents/${id}`)
}

export function reportAccident(data: AccidentInput) {
  return http.post<Accident>('/accidents', data, { silent: true })
}

export function correctAccident(id: number, data: AccidentInput) {
  return http.put<Accident>(`/accidents/${id}`, data, { silent: true })
}

export function followUpAccident(id: number, data: AccidentInput) {
  return http.post<Accident>(`/accidents/${id}/follow-ups`, data, { silent: true })
}

export function forwardAccident(id: number, note: string) {
  return http.post<Accident>(`/accidents/${id}/forward`, { note }, { silent: true })
}
