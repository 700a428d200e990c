/** Shared display rules of the accident pages: grade colours, step names and status colours. */
import type { AccidentDeadline, AccidentGrade } from '@/api/emergency/accidents'

export const GRADE_TAG: Record<AccidentGrade, 'info' | 'warning' | 'danger' | 'primary'> = {
  ordinary: 'primary',
  large: 'warning',
  serious: 'danger',
  especially_serious: 'danger',
}

export const STEP_TAG: Record<AccidentDeadline['status'], 'success' | 'danger' | 'info' | 'warning'> = {
  done: 'success',
  late_done: 'danger',
  pending: 'info',
  overdue: 'danger',
}

/** Whether a step is (or was) late: shown in red with its minutes. */
export function isLate(d: AccidentDeadline): boolean {
  return d.late_minutes > 0
}

/** "2026-03-05T15:30:00Z" for a datetime picker's value (a Date or a local string). */
export function toIso(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
