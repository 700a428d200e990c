/** 风险分级管控 (risk): risk objects, units, events, control measures, assessments, the four-colour map, major hazards. */
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

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

let reference: Promise<RiskReference> | null = null

/** The code lists and assessment tables change only with configuration: fetched once per page load. */
export function getRiskReference() {
  reference ??= http.get<RiskReference>('/risk-reference').catch((e) => {
    reference = null
    throw e
  })
  return reference
}

export const getRiskObjects = (enterpriseId?: number, includeInactive = false) =>
  http.get<{ items: RiskObject[] }>('/risk-objects', { enterprise_id: enterpriseId ?? '', include_inactive: includeInactive ? 'true' : '' })

export const createRiskObject = (data: Partial<RiskObject>) => http.post<RiskObject>('/risk-objects', data, { silent: true })

export const updateRiskObject = (id: number, data: Partial<RiskObject>) => http.put<RiskObject>(`/risk-objects/${id}`, data, { silent: true })

export const deactivateRiskObject = (id: number) => http.post<RiskObject>(`/risk-objects/${id}/deactivate`)

export const getRiskUnitPage = (q: RiskUnitQuery) => http.get<ListResult<RiskUnit>>('/risk-units', q as Query)

export const getRiskUnit = (id: number | string) => http.get<RiskUnit>(`/risk-units/${id}`)

export const createRiskUnit = (data: Record<string, unknown>) => http.post<RiskUnit>('/risk-units', data, { silent: true })

export const updateRiskUnit = (id: number, data: Record<string, unknown>) => http.put<RiskUnit>(`/risk-units/${id}`, data, { silent: true })

export const deactivateRiskUnit = (id: number) => http.post<RiskUnit>(`/risk-units/${id}/deactivate`)

export const assessRiskUnit = (id: number, data: Record<string, unknown>) => http.post<Assessment>(`/risk-units/${id}/assessments`, data, { silent: true })

export const createRiskEvent = (unitId: number, data: Record<string, unknown>) => http.post<RiskEvent>(`/risk-units/${unitId}/events`, data, { silent: true })

export const createControlMeasure = (eventId: number, data: Record<string, unknown>) => http.post<ControlMeasure>(`/risk-events/${eventId}/measures`, data, { silent: true })

export const updateRiskEvent = (id: number, data: Record<string, unknown>) => http.put<RiskEvent>(`/risk-events/${id}`, data, { silent: true })

export const deactivateRiskEvent = (id: number) => http.post<RiskEvent>(`/risk-events/${id}/deactivate`)

export const updateControlMeasure = (id: number, data: Record<string, unknown>) => http.put<ControlMeasure>(`/control-measures/${id}`, data, { silent: true })

export const deactivateControlMeasure = (id: number) => http.post<ControlMeasure>(`/control-measures/${id}/deactivate`)

export const getRiskMap = (enterpriseId: number) => http.get<RiskMap>(`/risk-maps/${enterpriseId}`)

export const riskMapImageUrl = (enterpriseId: number, version = '') => `/api/v1/risk-maps/${enterpriseId}/image?v=${encodeURIComponent(version)}`

export const setRiskMapPlan = (data: { file_id: number; width: number; height: number }) => http.put('/risk-map', data, { silent: true })

export const setRiskUnitPolygon = (id: number, points: [number, number][]) => http.put<RiskUnit>(`/risk-units/${id}/polygon`, { points }, { silent: true })

export const getRiskOverview = (q: { region?: string; level?: string }) => http.get<{ regions: OverviewRegion[]; enterprises: OverviewEnterprise[] }>('/risk-overview', q as Query)

export const getMajorHazards = () => http.get<{ items: MajorHazard[] }>('/major-hazards')

export const createMajorHazard = (data: Record<string, unknown>) => http.post<MajorHazard>('/major-hazards', data, { silent: true })

export const updateMajorHazard = (id: number, data: Record<string, unknown>) => http.put<MajorHazard>(`/major-hazards/${id}`, data, { silent: true })

export const deactivateMajorHazard = (id: number) => http.post<MajorHazard>(`/major-hazards/${id}/deactivate`)

/** Undoes a deactivation (audited); the row's history is kept either way. */
export const reactivateMajorHazard = (id: number) => http.post<MajorHazard>(`/major-hazards/${id}/reactivate`)

export const reactivateRiskObject = (id: number) => http.post<RiskObject>(`/risk-objects/${id}/reactivate`)

export const reactivateRiskUnit = (id: number) => http.post<RiskUnit>(`/risk-units/${id}/reactivate`)

export const reactivateRiskEvent = (id: number) => http.post<RiskEvent>(`/risk-events/${id}/reactivate`)

export const reactivateControlMeasure = (id: number) => http.post<ControlMeasure>(`/control-measures/${id}/reactivate`)
