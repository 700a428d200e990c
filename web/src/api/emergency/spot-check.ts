/** Regulator duty spot checks (值班抽查：电话抽查/视频抽查): rounds (picked by hand or a random draw with its seed), call records, findings the checked unit answers. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type SpotCheckRound = Schema<'DutySpotCheckRound'>
export type SpotCheckRoundDetail = Schema<'DutySpotCheckRoundDetail'>
export type SpotCheckItem = Schema<'DutySpotCheckItem'>
export type SpotCheckCall = Schema<'DutySpotCheckCall'>
export type SpotCheckOnDuty = Schema<'DutySpotCheckOnDuty'>
export type SpotCheckOnDutyList = Schema<'DutySpotCheckOnDutyList'>
export type SpotCheckRoundInput = Schema<'DutySpotCheckRoundInput'>
export type SpotCheckCallInput = Schema<'DutySpotCheckCallInput'>
export type SpotCheckFinding = Schema<'DutySpotCheckFinding'>
export type SpotCheckFindingDetail = Schema<'DutySpotCheckFindingDetail'>
export type SpotCheckRoundPage = Schema<'DutySpotCheckRoundPage'>

export interface SpotCheckRoundQuery extends PageQuery {
  target_kind?: string
  from?: string
  to?: string
}

export interface SpotCheckFindingQuery extends PageQuery {
  state?: string
  overdue?: boolean | string
  round_id?: number | string
  enterprise_id?: number | string
}

export function getSpotCheckPage(query: SpotCheckRoundQuery) {
  return http.get<SpotCheckRoundPage>('/duty-spot-checks', query as Query)
}

export function getSpotCheck(id: number | string) {
  return http.get<SpotCheckRoundDetail>(`/duty-spot-checks/${id}`)
}

export function createSpotCheck(data: SpotCheckRoundInput) {
  return http.post<SpotCheckRoundDetail>('/duty-spot-checks', data, { silent: true })
}

export function getSpotCheckOnDuty(id: number, itemId?: number, at?: string) {
  return http.get<SpotCheckOnDutyList>(`/duty-spot-checks/${id}/on-duty`, { item_id: itemId, at })
}

export function recordSpotCheckCall(id: number, data: SpotCheckCallInput) {
  return http.post<SpotCheckRoundDetail>(`/duty-spot-checks/${id}/calls`, data, { silent: true })
}

export function getSpotCheckFindingPage(query: SpotCheckFindingQuery) {
  return http.get<ListResult<SpotCheckFinding>>('/duty-spot-check-findings', query as Query)
}

export function getSpotCheckFinding(id: number | string) {
  return http.get<SpotCheckFindingDetail>(`/duty-spot-check-findings/${id}`)
}

export function answerSpotCheckFinding(id: number, text: string) {
  return http.post<SpotCheckFindingDetail>(`/duty-spot-check-findings/${id}/answer`, { text }, { silent: true })
}

export function reviewSpotCheckFinding(id: number, action: 'accept' | 'return', text: string) {
  return http.post<SpotCheckFindingDetail>(`/duty-spot-check-findings/${id}/${action}`, { text }, { silent: true })
}
