/** The dishonesty list (严重失信主体名单, 应急管理部令第11号): candidates, prior notice, defence, decision, publication, credit repair, and the 瞒报/谎报 findings. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type DishonestyState = 'candidate' | 'noticed' | 'listed' | 'expired' | 'removed' | 'dismissed'
export const DISHONESTY_STATES: DishonestyState[] = ['candidate', 'noticed', 'listed', 'expired', 'removed', 'dismissed']
export type DishonestyAction = 'notice' | 'defence' | 'decide' | 'dismiss' | 'publish' | 'repair' | 'submit_defence'

export interface DishonestyCriterion {
  id: string
  label: string
  label_en: string
  article: string
  detected: boolean
}

export interface DishonestyEntry {
  id: number
  enterprise_id: number
  enterprise_name: string
  enterprise_uscc: string
  criterion: DishonestyCriterion
  source_kind: '' | 'accident' | 'accident_finding' | 'licence' | 'manual' | 'investigation_finding'
  source_ids: number[]
  facts: string
  principal_name: string
  state: DishonestyState
  state_label: string
  agency: IdName | null
  notice_number: string
  noticed_on: string | null
  defence_due_on: string | null
  defence_text: string
  defence_at: string | null
  decision_number: string
  decision_reasons: string
  decided_on: string | null
  listed_from: string | null
  listed_until: string | null
  removed_on: string | null
  published_at: string | null
  listed_today: boolean
  repair_opens_on: string | null
  created_at: string
  updated_at: string
  version: number
}

export interface DishonestyEvent {
  kind: string
  note: string
  data: Record<string, unknown>
  by: IdName | null
  at: string
}

export interface DishonestyRepair {
  id: number
  state: 'pending' | 'approved' | 'refused' | 'revoked'
  reason: string
  applied_by: string
  applied_at: string
  decided_by: string
  decided_at: string | null
  decision_note: string
  revoked_at: string | null
  revoke_note: string
}

export interface DishonestyFile {
  id: number
  name: string
  mime: string
  size: number
  repair_id: number | null
  at: string
}

export interface DishonestyEntryDetail extends DishonestyEntry {
  events: DishonestyEvent[]
  repairs: DishonestyRepair[]
  files: DishonestyFile[]
  term_years: number
  repair_after_months: number
  defence_working_days: number
  source: string
  actions: DishonestyAction[]
  can_decide_repairs: boolean
}

export interface DishonestyCriteria {
  criteria: DishonestyCriterion[]
  order: string
  order_en: string
  config: Record<string, number>
  source: string
  source_en: string
}

export interface PublicDishonestyEntry {
  id: number
  enterprise_name: string
  enterprise_uscc: string
  principal_name: string
  criterion: string
  article: string
  facts: string
  agency: string
  decision_number: string
  decided_on: string
  listed_from: string
  listed_until: string
}

export interface DishonestyQuery extends PageQuery {
  state?: string
  criterion?: string
  keyword?: string
  enterprise_id?: number | string
  listed_today?: string
}

export function getDishonestyPage(query: DishonestyQuery) {
  return http.get<ListResult<DishonestyEntry>>('/dishonesty-list', query as Query)
}

export function getDishonestyCriteria() {
  return http.get<DishonestyCriteria>('/dishonesty-list/criteria')
}

export function getPublicDishonestyPage(query: PageQuery & { keyword?: string }) {
  return http.get<ListResult<PublicDishonestyEntry>>('/public/dishonesty-list', query as Query)
}

export function getDishonestyEntry(id: number | string) {
  return http.get<DishonestyEntryDetail>(`/dishonesty-list/${id}`)
}

export function enterDishonestyCandidate(data: { enterprise_id: number; criterion: string; facts: string; principal_name?: string; file_ids: number[] }) {
  return http.post<DishonestyEntryDetail>('/dishonesty-list', data, { silent: true })
}

export function detectDishonestyCandidates() {
  return http.post<{ added: number }>('/dishonesty-list/detect', {})
}

export type StepBody = Record<string, string | number[] | boolean>

/** One procedure step: notice | defence | decide | publish | dismiss. */
export function dishonestyStep(id: number, step: 'notice' | 'defence' | 'decide' | 'publish' | 'dismiss', body: StepBody) {
  return http.post<DishonestyEntryDetail>(`/dishonesty-list/${id}/${step}`, body, { silent: true })
}

/** The enterprise's own defence (陈述申辩) within the defence period; refused after its last day. */
export function submitOwnDefence(id: number, defence: string, fileIds: number[]) {
  return http.post<DishonestyEntryDetail>(`/dishonesty-list/${id}/own-defence`, { defence, file_ids: fileIds }, { silent: true })
}

export function applyCreditRepair(id: number, reason: string, fileIds: number[]) {
  return http.post<DishonestyEntryDetail>(`/dishonesty-list/${id}/repairs`, { reason, file_ids: fileIds }, { silent: true })
}

export function decideCreditRepair(id: number, repairId: number, approve: boolean, note: string) {
  return http.post<DishonestyEntryDetail>(`/dishonesty-list/${id}/repairs/${repairId}/decide`, { approve, note }, { silent: true })
}

export function revokeCreditRepair(id: number, repairId: number, note: string) {
  return http.post<DishonestyEntryDetail>(`/dishonesty-list/${id}/repairs/${repairId}/revoke`, { note }, { silent: true })
}

export interface AccidentReportingFinding {
  id: number
  kind: 'concealed' | 'false_report'
  finding: string
  found_on: string
  agency: string
  recorded_by: string
  at: string
}

export function getAccidentReportingFindings(accidentId: number) {
  return http.get<{ items: AccidentReportingFinding[] }>('/dishonesty-list/accident-findings', { accident_id: accidentId })
}

export function recordAccidentReportingFinding(data: { accident_id: number; kind: string; finding: string; found_on: string }) {
  return http.post<{ candidate_id: number }>('/dishonesty-list/accident-findings', data, { silent: true })
}

/** An accident-investigation finding flagged credit-relevant (调查发现，纳入失信依据), with the candidate entered from it. */
export interface InvestigationFindingBasis {
  id: number
  accident: { id: number; number: string; title: string }
  enterprise: { id: number; name: string }
  kind: string
  title: string
  description: string
  responsible: string
  created_at: string
  candidate_id: number | null
}

export function getInvestigationFindingBases(query: PageQuery) {
  return http.get<ListResult<InvestigationFindingBasis>>('/dishonesty-list/investigation-findings', query as Query)
}

/** One click: a candidate of other serious violations (第八条第（九）项) from the finding, linked to its accident. */
export function enterFromInvestigationFinding(findingId: number) {
  return http.post<DishonestyEntryDetail>('/dishonesty-list/investigation-findings', { finding_id: findingId }, { silent: true })
}
