/** Hidden dangers (隐患) and enforcement inspections as the API returns them (docs/api.md). */
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
  phase: 'before' | 'after'
  name: string
  mime: string
  size: number
}

export interface HiddenDanger {
  id: number
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
  hazard_factor: string
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
}

export interface HiddenDangerQuery {
  region_code?: string
  industry?: string
  level?: string
  state?: string
  source?: string
  hazard_factor?: string
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
}

export interface HiddenDangerReference {
  states: Option[]
  levels: Option[]
  sources: Option[]
  hazard_factors: Option[]
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
}

export interface EnforcementAction {
  id: number
  kind: string
  amount_fen: number | null
  suspension_from: string | null
  suspension_to: string | null
  decision_no: string
  description: string
  decided_on: string
}

export interface EnforcementInspection {
  id: number
  enterprise_id: number
  enterprise_name: string
  enterprise_address: string
  legal_representative: string
  agency_name: string
  inspected_on: string
  inspectors: string
  summary: string
  order_no: string
  order_text: string
  order_deadline: string
  created_by_name: string
  created_at: string
  findings_count: number
  open_findings_count: number
  findings?: HiddenDanger[]
  actions?: EnforcementAction[]
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
