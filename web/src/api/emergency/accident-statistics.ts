/** Accident statistics (事故统计): by grade, GB 6441 type, industry, region and month; reporting timeliness per agency. */
import type { Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type AccidentStatistics = Schema<'AccidentStatistics'>
export type AccidentStatGroup = Schema<'AccidentStatGroup'>
export type AccidentTimeliness = Schema<'AccidentTimeliness'>

export interface AccidentStatisticsQuery {
  from?: string
  to?: string
  region?: string
}

export function getAccidentStatistics(query: AccidentStatisticsQuery) {
  return http.get<AccidentStatistics>('/accidents/statistics', query as Query)
}
