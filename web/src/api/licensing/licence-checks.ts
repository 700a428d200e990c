/** Licences drive the rest (issue 15 §1): the warnings of the nightly conditions-lapsed sweep (许可条件预警). */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type LicenceAlertFinding = Schema<'LicenceAlertFinding'>
export type LicenceAlert = Schema<'LicenceAlert'>

export const LICENCE_ALERT_FINDINGS: LicenceAlertFinding[] = ['expired', 'missing', 'condition']

export interface LicenceAlertQuery extends PageQuery {
  finding?: LicenceAlertFinding | ''
  status?: 'open' | 'resolved' | ''
  licence_kind?: string
  q?: string
  enterprise_id?: number | string
}

export function getLicenceAlertPage(query: LicenceAlertQuery) {
  return http.get<ListResult<LicenceAlert>>('/licence-alerts', query as Query)
}

/** Industry structure (行业结构): the electronic-detonator share of detonator output per child region and year. */
export type IndustryStructure = Schema<'IndustryStructure'>
export type IndustryStructureRow = Schema<'IndustryStructureRow'>

export function getIndustryStructure(year?: number) {
  return http.get<IndustryStructure>('/industry-structure', (year ? { year } : {}) as Query)
}
