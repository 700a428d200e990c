/** Duty rosters (值班排班, issue 14 §1): units, monthly calendars, patterns, shifts, copy month, coverage, swaps. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type DutyUnit = Schema<'DutyUnit'>
export type DutyMember = Schema<'DutyMember'>
export type DutyShift = Schema<'DutyShift'>
export type DutyShiftInput = Schema<'DutyShiftInput'>
export type DutyPatternSlot = Schema<'DutyPatternSlot'>
export type DutyPatternInput = Schema<'DutyPatternInput'>
export type DutyCalendar = Schema<'DutyCalendar'>
export type DutyAccount = Schema<'DutyAccount'>
export type DutyCopyPlan = Schema<'DutyCopyPlan'>
export type DutyGap = Schema<'DutyGap'>
export type DutyCoverage = Schema<'DutyCoverage'>
export type DutyCoverageSummary = Schema<'DutyCoverageSummary'>
export type DutySwap = Schema<'DutySwap'>
export type DutySwapStatus = DutySwap['status']

export const SWAP_STATUSES: DutySwapStatus[] = ['requested', 'approved', 'refused', 'withdrawn']

export interface DutyCoverageQuery extends PageQuery {
  unit_kind?: '' | 'enterprise' | 'agency'
  problems?: '0' | '1'
  q?: string
}

export type DutyCoveragePage = ListResult<DutyCoverageSummary> & { from_local: string; to_local: string; horizon_days: number }

const unitPath = (key: string) => `/duty-rosters/units/${encodeURIComponent(key)}`

export function getDutyUnits(query: PageQuery & { q?: string } = {}) {
  return http.get<ListResult<DutyUnit>>('/duty-rosters/units', query as Query)
}

export function getDutyCalendar(unit: string, month?: string) {
  return http.get<DutyCalendar>(unitPath(unit), month ? { month } : undefined)
}

export function setDutyPattern(unit: string, data: DutyPatternInput) {
  return http.put<DutyCalendar>(`${unitPath(unit)}/pattern`, data, { silent: true })
}

export function createDutyShift(unit: string, data: DutyShiftInput) {
  return http.post<DutyShift>(`${unitPath(unit)}/shifts`, data, { silent: true })
}

export function editDutyShift(id: number, data: DutyShiftInput) {
  return http.put<DutyShift>(`/duty-rosters/shifts/${id}`, data, { silent: true })
}

export function cancelDutyShift(id: number, reason: string) {
  return http.post<DutyShift>(`/duty-rosters/shifts/${id}/cancel`, { reason })
}

export function generateDutyMonth(unit: string, month: string) {
  return http.post<DutyCalendar>(`${unitPath(unit)}/generate`, { month })
}

export function copyDutyMonth(unit: string, from: string, to: string, dryRun: boolean) {
  return http.post<DutyCopyPlan>(`${unitPath(unit)}/copy-month`, { from, to, dry_run: dryRun })
}

export function getDutyUnitCoverage(unit: string) {
  return http.get<DutyCoverage>(`${unitPath(unit)}/coverage`)
}

export function getDutyCoveragePage(query: DutyCoverageQuery) {
  return http.get<DutyCoveragePage>('/duty-rosters/coverage', query as Query)
}

export function getDutySwaps(unit: string, query: PageQuery & { status?: string } = {}) {
  return http.get<ListResult<DutySwap>>(`${unitPath(unit)}/swaps`, query as Query)
}

export function requestDutySwap(shiftId: number, data: { to_user_id: number; with_shift_id?: number; reason: string }) {
  return http.post<DutySwap>(`/duty-rosters/shifts/${shiftId}/swaps`, data, { silent: true })
}

export function decideDutySwap(id: number, decision: 'approve' | 'refuse' | 'withdraw', note: string) {
  return http.post<DutySwap>(`/duty-rosters/swaps/${id}/${decision}`, { note })
}

export function dutyCalendarExportPath(unit: string) {
  return `${unitPath(unit)}/export`
}
