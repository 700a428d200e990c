/** Daily zero report (每日零报告): periods a regulator declares, each enterprise's daily report, the day's board and one-click reminders. */
import type { IdName, ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type ZeroReportReason = 'holiday' | 'two_sessions' | 'warning' | 'other'
export const ZERO_REPORT_REASONS: ZeroReportReason[] = ['holiday', 'two_sessions', 'warning', 'other']
export type ZeroReportKind = 'nothing_abnormal' | 'event'
export type ZeroReportStatus = 'missing' | ZeroReportKind

export interface ZeroReportCounts {
  total: number
  reported: number
  nothing_abnormal: number
  events: number
  late: number
  missing: number
}

export interface ZeroReportPeriod {
  id: number
  title: string
  reason: ZeroReportReason
  reason_zh: string
  region_code: string
  region_name: string
  agency: IdName
  first_date: string
  last_date: string
  deadline_time: string
  remind_minutes: number
  industries: { value: string; label: string }[]
  note: string
  declared_by: IdName
  declared_at: string
  state: 'upcoming' | 'current' | 'ended'
  today: string
  today_counts?: ZeroReportCounts | null
  notified_enterprises?: number
  enterprises?: number
  can_remind?: boolean
  days?: { report_date: string; deadline_at: string; overdue: boolean; total: number; reported: number; events: number; late: number; missing: number }[]
}

export interface ZeroReportPeriodQuery extends PageQuery {
  state?: string
}

export interface ZeroReportDeclaration {
  title: string
  reason: ZeroReportReason | ''
  first_date: string
  last_date: string
  deadline_time: string
  remind_minutes?: number
  region_code?: string
  industries?: string[]
  note?: string
}

export interface ZeroReportBoardRow {
  enterprise: { id: number; name: string; region_code: string; region_name: string; industry: string; industry_label: string; contact_phone: string }
  status: ZeroReportStatus
  content: string
  first_at: string | null
  updated_at: string | null
  late_minutes: number
  version: number
  accident_id: number | null
}

export interface ZeroReportBoard extends ListResult<ZeroReportBoardRow> {
  date: string
  deadline_at: string
  overdue: boolean
  counts: ZeroReportCounts
  by_region: { region_code: string; region_name: string; total: number; reported: number; events: number; late: number; missing: number }[]
}

export interface ZeroReportBoardQuery extends PageQuery {
  date?: string
  status?: string
}

export interface ZeroReportVersion {
  version: number
  kind: ZeroReportKind
  content: string
  accident_id: number | null
  late_minutes: number
  channel: 'online' | 'phone'
  at: string
  by: IdName
}

export interface ZeroReportDay {
  report_date: string
  deadline_at: string
  status: ZeroReportStatus
  kind: ZeroReportKind | null
  content: string
  late_minutes: number
  first_at: string | null
  accident_id: number | null
  versions: ZeroReportVersion[]
}

export interface ZeroReportInput {
  period_id: number
  kind: ZeroReportKind
  content?: string
  report_date?: string
  accident_id?: number
  enterprise_id?: number
}

export interface ZeroReportToday {
  today: string
  items: (ZeroReportPeriod & { day: ZeroReportDay; missing_days: { report_date: string; deadline_at: string }[] })[]
}

export function getZeroReportPeriods(query: ZeroReportPeriodQuery) {
  return http.get<ListResult<ZeroReportPeriod>>('/zero-report-periods', query as Query)
}

export function getZeroReportPeriod(id: number | string) {
  return http.get<ZeroReportPeriod>(`/zero-report-periods/${id}`)
}

export function declareZeroReportPeriod(data: ZeroReportDeclaration) {
  return http.post<ZeroReportPeriod>('/zero-report-periods', data, { silent: true })
}

export function getZeroReportBoard(id: number | string, query: ZeroReportBoardQuery) {
  return http.get<ZeroReportBoard>(`/zero-report-periods/${id}/board`, query as Query)
}

export function remindZeroReports(id: number | string, reportDate: string) {
  return http.post<{ report_date: string; reminded: number }>(`/zero-report-periods/${id}/remind`, { report_date: reportDate })
}

export function fileZeroReport(data: ZeroReportInput) {
  return http.post<ZeroReportDay & { version: number }>('/zero-reports', data, { silent: true })
}

export function getZeroReportToday() {
  return http.get<ZeroReportToday>('/zero-reports/today')
}
