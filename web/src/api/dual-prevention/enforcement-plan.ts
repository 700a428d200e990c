/** The annual enforcement inspection plan (年度监督检查计划) and its random draws (双随机一公开). */
import { http } from '@/utils/request'

export interface CompletionCount {
  planned: number
  done: number
  overdue: number
}

export interface EnforcementPlan extends CompletionCount {
  id: number
  agency_id: number
  agency_name: string
  year: number
  title: string
  created_by_name: string
  created_at: string
}

export interface PlanTarget {
  kind: string
  kind_label?: string
  quarter: number
  target_count: number
}

export interface EnforcementDraw {
  id: number
  plan_id: number
  /** 16 hex digits: re-running the draw from it and the recorded pools gives the same result. */
  seed: string
  kind: string
  kind_label: string
  due_on: string
  enterprise_count: number
  inspector_count: number
  industry: string
  region_code: string
  risk_level: string
  enterprise_pool_size: number
  key_enterprise_count: number
  inspector_pool_size: number
  drawn_by_name: string
  drawn_at: string
}

export interface PlannedInspection {
  id: number
  draw_id: number
  position: number
  enterprise_id: number
  enterprise_name: string
  industry: string
  kind: string
  kind_label: string
  due_on: string
  /** 重点企业 (civil explosives): always drawn. */
  key: boolean
  inspectors: { id: number; name: string }[]
  done: boolean
  overdue: boolean
  enforcement_inspection_id: number | null
  done_on: string | null
}

export interface PlanDetail extends EnforcementPlan {
  targets: PlanTarget[]
  draws: EnforcementDraw[]
  planned_inspections: PlannedInspection[]
  completion: {
    total: CompletionCount
    by_month: (CompletionCount & { month: number })[]
    by_quarter: (CompletionCount & { quarter: number; target: number })[]
    by_inspector: (CompletionCount & { user_id: number; name: string })[]
  }
  can_draw: boolean
}

export interface DrawDetail extends EnforcementDraw {
  planned_inspections: PlannedInspection[]
  reproduced: boolean
  plan?: EnforcementPlan
}

export interface PlanList {
  items: EnforcementPlan[]
  kinds: { code: string; label_zh: string; label_en: string }[]
  can_create: boolean
}

export function listEnforcementPlans(year?: number) {
  return http.get<PlanList>('/enforcement-plans', year ? { year } : {})
}

export function getEnforcementPlan(id: number | string) {
  return http.get<PlanDetail>(`/enforcement-plans/${id}`)
}

export function createEnforcementPlan(data: { year: number; title: string; targets: PlanTarget[] }) {
  return http.post<PlanDetail>('/enforcement-plans', data, { silent: true })
}

export function drawEnforcementPlan(id: number | string, data: Record<string, unknown>) {
  return http.post<DrawDetail>(`/enforcement-plans/${id}/draws`, data, { silent: true })
}

export function getEnforcementDraw(id: number | string) {
  return http.get<DrawDetail>(`/enforcement-draws/${id}`)
}
