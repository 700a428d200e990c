/** Graded risk control and inspections (docs/api.md "Risk register" and "Inspections"). */
export type RiskLevel = 'major' | 'high' | 'moderate' | 'low'

export interface CodeEntry {
  value: string
  label_zh: string
  label_en: string
  parent?: string
}

export interface ScoreChoice {
  value: number
  label_zh: string
  label_en: string
}

export interface LevelBand {
  level: RiskLevel
  min: number | null
  min_inclusive: boolean
  max: number | null
  max_inclusive: boolean
}

export interface RiskReference {
  accident_types: CodeEntry[]
  hazard_factors: CodeEntry[]
  unit_types: CodeEntry[]
  measure_kinds: CodeEntry[]
  control_levels: CodeEntry[]
  major_hazard_grades: CodeEntry[]
  frequencies: CodeEntry[]
  levels: (CodeEntry & { color: string })[]
  methods: CodeEntry[]
  assessment_config: {
    lec: { L: ScoreChoice[]; E: ScoreChoice[]; C: ScoreChoice[]; bands: LevelBand[] }
    ls: { L: ScoreChoice[]; S: ScoreChoice[]; bands: LevelBand[] }
  }
}

export interface RiskObject {
  id: number
  enterprise_id: number
  enterprise_name: string
  name: string
  hazard_code: string
  description: string
  unit_count: number
  active: boolean
}

export interface ControlMeasure {
  id: number
  risk_event_id: number
  kind: string
  control_level: string
  description: string
  owner_user_id: number | null
  owner_name: string
  frequency: string
  active: boolean
}

export interface RiskEvent {
  id: number
  risk_unit_id: number
  name: string
  accident_type: string
  hazard_factor: string
  description: string
  active: boolean
  measures: ControlMeasure[]
}

export interface Assessment {
  id: number
  method: 'LEC' | 'LS'
  L: number | null
  E: number | null
  C: number | null
  S: number | null
  score: number
  level: RiskLevel
  color?: string
  assessed_by_name: string
  assessed_at: string
}

export interface RiskUnit {
  id: number
  enterprise_id: number
  enterprise_name: string
  region_code: string
  risk_object_id: number
  risk_object_name: string
  name: string
  unit_type: string
  department: string
  responsible_person: string
  polygon: [number, number][]
  method: string | null
  score: number | null
  level: RiskLevel | null
  color: string | null
  assessed_at: string | null
  active: boolean
  events?: RiskEvent[]
  assessments?: Assessment[]
}

export interface RiskUnitQuery {
  region?: string
  enterprise_id?: number | string
  level?: string
  unit_type?: string
  q?: string
  include_inactive?: string
  page?: number
  page_size?: number
}

export interface RiskMap {
  enterprise_id: number
  enterprise_name: string
  has_plan: boolean
  width: number
  height: number
  units: RiskUnit[]
}

export interface OverviewRegion {
  region_code: string
  region_name: string
  highest_level: RiskLevel | null
  major: number
  high: number
  moderate: number
  low: number
  unassessed: number
}

export interface OverviewEnterprise {
  enterprise_id: number
  enterprise_name: string
  region_code: string
  region_name: string
  highest_level: RiskLevel | null
  major: number
  high: number
  moderate: number
  low: number
  units: number
}

export interface ChecklistItem {
  id?: number
  position: number
  content: string
  requires_photo: boolean
  checklist_item_id?: number | null
}

export interface Checklist {
  id: number
  enterprise_id: number | null
  builtin: boolean
  code: string
  kind: string
  name: string
  item_count: number
  active: boolean
  items?: ChecklistItem[]
}

export interface RecordItem {
  position: number
  content: string
  outcome: 'pass' | 'fail' | 'not_applicable'
  note: string
  photo_ids: number[]
  hidden_danger_id: number | null
}

export interface InspectionRecord {
  id: number
  enterprise_id: number
  enterprise_name: string
  task_id: number | null
  checklist_id?: number | null
  checklist_name?: string
  checklist_kind?: string
  source?: 'task' | 'ad_hoc'
  title: string
  inspector_name: string
  inspected_at: string
  failed_count: number
  note: string
  items?: RecordItem[]
}

export interface InspectionTask {
  id: number
  enterprise_id: number
  enterprise_name: string
  source: 'measure' | 'duty' | 'major_hazard'
  major_hazard_id?: number | null
  checklist_id: number | null
  title: string
  frequency: string
  period_key: string
  period_start: string
  due_at: string
  assignee_name: string
  status: 'open' | 'done' | 'missed'
  record_id: number | null
  done_at: string | null
  items?: ChecklistItem[]
  record?: InspectionRecord
}

export interface RecordQuery {
  region?: string
  enterprise_id?: number | string
  checklist_id?: number | string
  source?: string
  kind?: string
  from?: string
  to?: string
  inspector?: string
  result?: string
  failed?: string
  page?: number
  page_size?: number
}

export interface InspectionDuty {
  id: number
  enterprise_id: number
  enterprise_name: string
  checklist_id: number
  checklist_name: string
  frequency: string
  assignee_user_id: number | null
  assignee_name: string
  active: boolean
}

export interface TaskQuery {
  status?: string
  source?: string
  mine?: string
  region?: string
  enterprise_id?: number | string
  from?: string
  to?: string
  page?: number
  page_size?: number
}

export interface MajorHazard {
  id: number
  enterprise_id: number
  enterprise_name: string
  name: string
  grade: string
  principal_name: string
  principal_frequency: string
  technical_name: string
  technical_frequency: string
  operational_name: string
  operational_frequency: string
  principal_user_id?: number | null
  technical_user_id?: number | null
  operational_user_id?: number | null
  active: boolean
  [key: string]: unknown
}
