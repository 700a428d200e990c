/** Hidden dangers (隐患): report, rectification workflow, statistics. */
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export interface HiddenDangerTransition {
  id: number
  action: string
  action_label_zh: string
  action_label_en: string
  from_state: string
  to_state: string
  actor_user_id: number | null
  actor_name: string
  at: string
  reason: string
  details: Record<string, unknown>
}

export interface HiddenDangerPhoto {
  file_id: number
  phase: 'before' | 'after' | 'congress'
  name: string
  mime: string
  size: number
}

export interface HiddenDanger {
  id: number
  /** Business number (隐患编号), e.g. YH20261206-000042: what a person reads and searches. */
  number: string
  enterprise_id: number
  enterprise_name: string
  region_path: string
  industry: string
  source: string
  source_label_zh: string
  source_label_en: string
  inspection_record_id: number | null
  enforcement_inspection_id: number | null
  referral_department: string
  title: string
  description: string
  location: string
  latitude: number | null
  longitude: number | null
  /** Any code of the GB/T 13861-2022 tree ("" = not classified). */
  hazard_factor: string
  /** GB 6441 accident type "01"-"20" ("" = not classified). */
  accident_type: string
  found_on: string
  reported_by_name: string
  reported_at: string
  registered_by_regulator: boolean
  state: string
  state_label_zh: string
  state_label_en: string
  level: string
  level_label_zh: string
  level_label_en: string
  is_open: boolean
  owner_user_id: number | null
  owner_name: string | null
  measures: string
  funds_fen: number | null
  deadline: string | null
  regulator_deadline: string | null
  effective_deadline: string | null
  plan: string
  has_plan: boolean
  under_listed_supervision: boolean
  evidence: string
  closed_on: string | null
  closed_on_time: boolean | null
  overdue: boolean
  days_overdue: number
  transitions?: HiddenDangerTransition[]
  photos?: HiddenDangerPhoto[]
  available_actions?: { action: string; label_zh: string; label_en: string }[]
  owner_candidates?: { id: number; display_name: string }[]
  escalation_stage?: string
  /** Reported, not yet assessed: when the assessment is due (ISO instant) and its stage. */
  assessment_due_at?: string
  /** Major and open without a recorded report to the workers' congress (required before the sign-off). */
  congress_report_missing?: boolean
  /** An enforcement finding whose order requires the regulator's re-check (复查) before closure. */
  regulator_recheck?: boolean
  assessment_stage?: string
  /** Source derived (系统判定): the rule it rests on (工信部安全〔2024〕234号 item) and the record that shows it. */
  derivation?: HiddenDangerDerivation
}

export interface HiddenDangerDerivation {
  basis: string
  basis_text_zh: string
  basis_text_en: string
  /** e.g. licence, person, workshop, store: see derivation-links.ts */
  origin_kind: string
  origin_id?: number
  created_at: string
}

export interface HiddenDangerQuery {
  region_code?: string
  industry?: string
  level?: string
  state?: string
  source?: string
  hazard_factor?: string
  accident_type?: string
  overdue?: string
  open?: string
  listed?: string
  closed_on_time?: string
  enterprise_id?: number | string
  q?: string
  found_from?: string
  found_to?: string
  closed_from?: string
  closed_to?: string
  [key: string]: string | number | undefined
}

export interface HiddenDangerForm {
  title: string
  description: string
  location: string
  hazard_factor: string
  accident_type?: string
  found_on?: string
  latitude?: number | null
  longitude?: number | null
  photo_file_ids: number[]
  enterprise_id?: number | null
  referral_department?: string
}

export interface Option {
  value: string
  label_zh: string
  label_en: string
  /** hazard_factors: the code one level up ("" for a class). */
  parent?: string
}

export interface HiddenDangerReference {
  states: Option[]
  levels: Option[]
  sources: Option[]
  /** The whole GB/T 13861 tree, linked by parent. */
  hazard_factors: Option[]
  /** GB 6441's twenty accident types. */
  accident_types: Option[]
  actions: Option[]
}

export interface Figures {
  found: number
  closed: number
  closed_on_time: number
  on_time_rate: number | null
  open: number
  overdue: number
  major: number
  major_listed_open: number
}

export interface HiddenDangerStatistics {
  region: { code: string; name: string; path: string }
  period: { from: string; to: string; today: string }
  totals: Figures
  by_region: { region_code: string; name: string; figures: Figures }[]
  by_industry: { industry: string; label_zh: string; label_en: string; figures: Figures }[]
  by_month: { month: string; figures: Figures }[]
  /** From the class down to the drilled GB/T 13861 code (empty at the top). */
  hazard_factor_path: { code: string; label_zh: string; label_en: string }[]
  /** The level below the drilled code; code "" = not classified; own = recorded at the drilled code itself. */
  by_hazard_factor: StatisticsCause[]
  /** GB 6441's twenty accident types, then "" (not classified). */
  by_accident_type: StatisticsCause[]
}

export interface StatisticsCause {
  code: string
  label_zh: string
  label_en: string
  own?: boolean
  has_children?: boolean
  figures: Figures
}

export interface StatisticsQuery {
  region_code?: string
  industry?: string
  from?: string
  to?: string
  hazard_factor?: string
}

/** The dashboard's hidden-danger block (GET /dashboard → hidden_dangers). */
export interface HiddenDangerDashboard {
  open: number
  overdue: number
  major_open: number
  listed_open: number
  enterprises: { enterprise_id: number; name: string; open: number; overdue: number; major_open: number }[]
  by_region: { region_code: string; name: string; open: number; overdue: number; major_open: number }[]
}

export function getHiddenDangerPage(query: HiddenDangerQuery & { page?: number; page_size?: number; sort?: string }) {
  return http.get<ListResult<HiddenDanger>>('/hidden-dangers', query as Query)
}

export function getHiddenDanger(id: number | string) {
  return http.get<HiddenDanger>(`/hidden-dangers/${id}`)
}

export function getHiddenDangerReference() {
  return http.get<HiddenDangerReference>('/hidden-dangers/reference')
}

export function reportHiddenDanger(data: HiddenDangerForm) {
  return http.post<HiddenDanger>('/hidden-dangers', data, { silent: true })
}

export function registerReferral(data: HiddenDangerForm) {
  return http.post<HiddenDanger>('/hidden-dangers/referrals', data, { silent: true })
}

export function transitionHiddenDanger(id: number, body: Record<string, unknown>) {
  return http.post<HiddenDanger>(`/hidden-dangers/${id}/transitions`, body, { silent: true })
}

export function getHiddenDangerStatistics(query: StatisticsQuery) {
  return http.get<HiddenDangerStatistics>('/hidden-dangers/statistics', query as Query)
}
