/** On shift (当班, issue 14 §1): check-in/out, the append-only duty log (值班日志), handover (交接班) and its acknowledgement. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type DutyShift = Schema<'DutyShiftDesk'>
export type DutyShiftSummary = Schema<'DutyShiftSummary'>
export type DutyShiftMember = Schema<'DutyShiftMember'>
export type DutyLogEntry = Schema<'DutyLogEntry'>
export type DutyOpenItem = Schema<'DutyOpenItem'>
export type DutyHandover = Schema<'DutyHandover'>
export type DutyShiftCurrent = Schema<'DutyShiftCurrent'>
export type DutyShiftListItem = Schema<'DutyShiftListItem'>
export type DutyLogEntryInput = Schema<'DutyLogEntryInput'>
export type DutyHandoverInput = Schema<'DutyHandoverInput'>
export type DutyLogKind = DutyLogEntry['kind']

export const DUTY_LOG_KINDS: DutyLogKind[] = ['call', 'event', 'instruction', 'other']

export interface DutyShiftQuery extends PageQuery {
  enterprise_id?: number | string
  agency_id?: number | string
  from?: string
  to?: string
  handover?: '' | 'none' | 'unacknowledged' | 'acknowledged'
}

export function getCurrentDutyShifts() {
  return http.get<DutyShiftCurrent>('/duty-shifts/current')
}

export function getDutyShiftPage(query: DutyShiftQuery) {
  return http.get<ListResult<DutyShiftListItem>>('/duty-shifts', query as Query)
}

export function getDutyShift(id: number | string) {
  return http.get<DutyShift>(`/duty-shifts/${id}`)
}

export function checkIn(id: number) {
  return http.post<DutyShift>(`/duty-shifts/${id}/check-in`, {}, { silent: true })
}

export function checkOut(id: number) {
  return http.post<DutyShift>(`/duty-shifts/${id}/check-out`, {}, { silent: true })
}

export function appendDutyLog(id: number, data: DutyLogEntryInput) {
  return http.post<DutyShift>(`/duty-shifts/${id}/log`, data, { silent: true })
}

export function handOver(id: number, data: DutyHandoverInput) {
  return http.post<DutyShift>(`/duty-shifts/${id}/handover`, data, { silent: true })
}

/** `id` is the outgoing shift whose handover is acknowledged. */
export function acknowledgeHandover(id: number, note: string) {
  return http.post<DutyShift>(`/duty-shifts/${id}/handover/ack`, { note }, { silent: true })
}
