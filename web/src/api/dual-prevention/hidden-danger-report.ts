/** 隐患排查治理情况统计分析报告 (quarterly and annual, 16号令): generated from the enterprise's hidden dangers, signed by its principal, submitted to the regulator. */
import type { ListResult, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type HiddenDangerReport = Schema<'HiddenDangerReport'>
export type HiddenDangerReportDetail = Schema<'HiddenDangerReportDetail'>
export type HiddenDangerReportOverview = Schema<'HiddenDangerReportOverview'>
export type HiddenDangerReportOverviewItem = Schema<'HiddenDangerReportOverviewItem'>
export type HiddenDangerReportFigures = Schema<'HiddenDangerReportFigures'>
export type SubmissionStatus = Schema<'HiddenDangerReportSubmissionStatus'>

export interface PeriodInput {
  period_kind: 'quarter' | 'year'
  year: number
  quarter?: number
}

export function getReportPage(query: { period_key?: string; page?: number; page_size?: number }) {
  return http.get<ListResult<HiddenDangerReport>>('/hidden-danger-reports', query as Query)
}

export function generateReport(period: PeriodInput) {
  return http.post<HiddenDangerReportDetail>('/hidden-danger-reports', period, { silent: true })
}

export function getReport(id: number | string) {
  return http.get<HiddenDangerReportDetail>(`/hidden-danger-reports/${id}`)
}

export function editReport(id: number, data: { analysis: string; next_measures: string; refresh_figures?: boolean }) {
  return http.put<HiddenDangerReportDetail>(`/hidden-danger-reports/${id}`, data, { silent: true })
}

export function signReport(id: number, contentHash: string) {
  return http.post<HiddenDangerReportDetail>(`/hidden-danger-reports/${id}/sign`, { content_hash: contentHash }, { silent: true })
}

export function submitReport(id: number) {
  return http.post<HiddenDangerReportDetail>(`/hidden-danger-reports/${id}/submit`, undefined, { silent: true })
}

export type OverviewQuery = PeriodInput & { status?: SubmissionStatus | ''; q?: string; page?: number; page_size?: number }

export function getOverview(query: OverviewQuery) {
  return http.get<HiddenDangerReportOverview>('/hidden-danger-reports/overview', query as unknown as Query)
}

export function remindUnsubmitted(period: PeriodInput, enterpriseIds?: number[]) {
  return http.post<{ reminded_enterprises: number }>('/hidden-danger-reports/reminders', enterpriseIds ? { ...period, enterprise_ids: enterpriseIds } : period)
}
