import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { Assessment, MajorHazard, OverviewEnterprise, OverviewRegion, RiskEvent, RiskMap, RiskObject, RiskReference, RiskUnit, RiskUnitQuery, ControlMeasure } from '@/types/risk'

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
