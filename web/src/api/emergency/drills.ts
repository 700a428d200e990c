/** Emergency drills (应急演练): records with plans, photos and problems, the results report (演练总结), problems turned into hidden danger or plan revision, and the compliance calendar (88号令 art. 33, 应急条例 art. 8, 山东条例 art. 63). */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type DrillType = 'tabletop' | 'functional' | 'full_scale'
export const DRILL_TYPES: DrillType[] = ['tabletop', 'functional', 'full_scale']
export type PlanKind = 'comprehensive' | 'special' | 'onsite'
export type ReportStatus = 'none' | 'submitted' | 'acknowledged'
export const REPORT_STATUSES: ReportStatus[] = ['none', 'submitted', 'acknowledged']

export interface DrillPlanRef {
  plan_id: number
  kind: PlanKind
  kind_zh: string
  title: string
}

export interface DrillProblem {
  id: number
  position: number
  description: string
  action: '' | 'hidden_danger' | 'revision'
  hidden_danger_id: number | null
  plan_id: number | null
  acted_at: string | null
  acted_by_name: string
}

export interface Drill {
  id: number
  number: string
  enterprise_id: number
  enterprise_name: string
  plans: DrillPlanRef[]
  drill_type: DrillType
  drill_type_zh: string
  scenario: string
  drilled_on: string
  place: string
  participant_count: number
  participant_names: string
  evaluation: string
  effective: boolean
  report_required: boolean
  report_status: ReportStatus
  report_submitted_at: string | null
  report_ack_at: string | null
  problem_count: number
  open_problem_count: number
  created_at: string
  created_by: IdName
}

export interface DrillDetail extends Drill {
  report: {
    status: ReportStatus
    summary: string
    submitted_at: string | null
    submitted_by: IdName | null
    acknowledged_at: string | null
    acknowledged_by: IdName | null
    agency_name: string
    note: string
  }
  photo_file_ids: number[]
  problems: DrillProblem[]
  history: { kind: string; note: string; at: string; by: IdName }[]
  can_submit_report: boolean
  can_acknowledge: boolean
  can_act_on_problems: boolean
  can_report_hidden_danger: boolean
  /** The agencies over the enterprise that receive the results report. */
  report_recipient_count: number
}

export interface DrillQuery extends PageQuery {
  drill_type?: string
  report_status?: string
  from?: string
  to?: string
  enterprise_id?: number | string
  plan_id?: number | string
}

export interface DrillInput {
  enterprise_id?: number
  plan_ids: number[]
  drill_type: string
  scenario: string
  drilled_on: string
  place: string
  participant_count: number | null
  participant_names: string
  evaluation: string
  effective: boolean
  photo_file_ids: number[]
  problems: string[]
}

export interface DrillPlanOption {
  id: number
  kind: PlanKind
  kind_zh: string
  title: string
  status: string
  since: string
}

export type ObligationStatus = 'done' | 'done_late' | 'due' | 'late' | 'upcoming'

export interface Obligation {
  rule: string
  rule_zh: string
  plan_id: number | null
  plan_title: string
  window_start: string
  window_end: string
  due: string
  status: ObligationStatus
  drill_id: number | null
  done_on: string | null
  days_late: number
  days_left: number
  source: string
  source_en: string
}

export interface ComplianceCounts {
  done: number
  done_late: number
  due: number
  late: number
  upcoming: number
  max_days_late: number
}

export interface EnterpriseCompliance {
  enterprise_id: number
  enterprise_name: string
  industry: string
  year: number
  today: string
  regime: string
  regime_zh: string
  report_required: boolean
  requirements: { rule: string; months: number; rolling: boolean; text: string; text_en: string; source: string; source_en: string }[]
  plans: DrillPlanOption[]
  counts: ComplianceCounts
  obligations: Obligation[]
}

export interface ScopeCompliance {
  year: number
  today: string
  shandong_rules: boolean
  totals: { enterprises: number; late_enterprises: number; done: number; done_late: number; due: number; late: number; without_plan: number }
  regions: { region_code: string; region_name: string; enterprises: number; late_enterprises: number; done: number; done_late: number; due: number; late: number; without_plan: number }[]
  late_enterprises: { enterprise_id: number; enterprise_name: string; industry: string; region_code: string; region_name: string; regime: string; late: number; max_days_late: number; obligations: Obligation[] }[]
  /** 民爆 and hazardous-chemicals enterprises in scope with no published plan (nothing to drill yet). */
  without_plan_enterprises: { enterprise_id: number; enterprise_name: string; industry: string; region_code: string; region_name: string }[]
}

export function getDrillPage(query: DrillQuery) {
  return http.get<ListResult<Drill>>('/drills', query as Query)
}

export function getDrill(id: number | string) {
  return http.get<DrillDetail>(`/drills/${id}`)
}

export function getDrillPlans(enterpriseId?: number) {
  return http.get<{ items: DrillPlanOption[] }>('/drills/plans', enterpriseId ? { enterprise_id: enterpriseId } : {})
}

export function recordDrill(data: DrillInput) {
  return http.post<DrillDetail>('/drills', data, { silent: true })
}

export function submitDrillReport(id: number, summary: string) {
  return http.post<DrillDetail>(`/drills/${id}/report`, { summary }, { silent: true })
}

export function acknowledgeDrillReport(id: number, note: string) {
  return http.post<DrillDetail>(`/drills/${id}/report/acknowledge`, { note }, { silent: true })
}

export function problemToHiddenDanger(id: number, problemId: number) {
  return http.post<DrillDetail>(`/drills/${id}/problems/${problemId}/hidden-danger`, {}, { silent: true })
}

export function problemToRevision(id: number, problemId: number, planId: number) {
  return http.post<DrillDetail>(`/drills/${id}/problems/${problemId}/revision`, { plan_id: planId }, { silent: true })
}

export function getScopeCompliance(year: number) {
  return http.get<ScopeCompliance & Partial<EnterpriseCompliance>>('/drills/compliance', { year })
}

export function getEnterpriseCompliance(enterpriseId: number | string, year: number) {
  return http.get<EnterpriseCompliance>(`/drills/compliance/enterprises/${enterpriseId}`, { year })
}
