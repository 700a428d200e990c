/** Pure helpers of the investigation section: the tag of a deadline state, the form from a record, the body sent. */
import type { AccidentDeadlineState, AccidentInvestigation, AccidentInvestigationInput } from '@/api/emergency/accident-investigation'

export const DEADLINE_TAG: Record<AccidentDeadlineState['status'], 'success' | 'danger' | 'warning' | 'info'> = {
  done: 'success',
  late_done: 'danger',
  pending: 'info',
  overdue: 'danger',
}

export interface InvestigationForm {
  team_leader: string
  team_members: string
  started_on: string
  extension_days: number
  extension_reason: string
  report_submitted_on: string
  report_file_id: number | null
  approved_on: string
  approval_document: string
  cause: string
  measures: string
}

/** The form as stored, or empty for a first record (the investigation starts today). */
export function formOf(inv: AccidentInvestigation, today: string): InvestigationForm {
  const r = inv.record
  return {
    team_leader: r?.team_leader ?? '',
    team_members: r?.team_members ?? '',
    started_on: r?.started_on || today,
    extension_days: r?.extension_days ?? 0,
    extension_reason: r?.extension_reason ?? '',
    report_submitted_on: r?.report_submitted_on ?? '',
    report_file_id: r?.report_file?.id ?? null,
    approved_on: r?.approved_on ?? '',
    approval_document: r?.approval_document ?? '',
    cause: r?.cause ?? '',
    measures: r?.measures ?? '',
  }
}

/** The PUT body: empty optional dates stay empty strings; no file sends null. */
export function bodyOf(f: InvestigationForm): AccidentInvestigationInput {
  return { ...f, report_submitted_on: f.report_submitted_on || '', approved_on: f.approved_on || '', report_file_id: f.report_file_id ?? null }
}

/** A finding may be turned into a hidden danger once, by an agency that may record the investigation. */
export function canConvert(inv: AccidentInvestigation, findingHiddenDangerId: number | null): boolean {
  return inv.may_record && findingHiddenDangerId === null
}
