/** The China working-day calendar (节假日安排, docs/api.md "Working-day calendar"): holidays and adjusted working days per year. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type CalendarDay = Schema<'CalendarDay'>
export type WorkingCalendarYear = Schema<'WorkingCalendarYear'>
export type WorkingCalendarInput = Schema<'WorkingCalendarInput'>

export function getWorkingCalendar(year: number) {
  return http.get<WorkingCalendarYear>('/calendar', { year })
}

export function putWorkingCalendar(input: WorkingCalendarInput) {
  return http.put<WorkingCalendarYear>('/calendar', input, { silent: true })
}
