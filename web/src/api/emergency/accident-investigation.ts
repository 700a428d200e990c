/** Accident investigation (事故调查, 493号令 art. 19, 29, 32): who leads, the deadlines, the record, findings → hidden dangers. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type AccidentInvestigation = Schema<'AccidentInvestigation'>
export type AccidentInvestigationInput = Schema<'AccidentInvestigationInput'>
export type AccidentFinding = Schema<'AccidentFinding'>
export type AccidentFindingInput = Schema<'AccidentFindingInput'>
export type AccidentDeadlineState = Schema<'AccidentDeadlineState'>

export const FINDING_KINDS: AccidentFinding['kind'][] = ['direct_cause', 'indirect_cause', 'violation', 'management', 'emergency_response']

export function getInvestigation(accidentId: number | string) {
  return http.get<AccidentInvestigation>(`/accidents/${accidentId}/investigation`)
}

export function putInvestigation(accidentId: number, data: AccidentInvestigationInput) {
  return http.put<AccidentInvestigation>(`/accidents/${accidentId}/investigation`, data, { silent: true })
}

export function addFinding(accidentId: number, data: AccidentFindingInput) {
  return http.post<AccidentInvestigation>(`/accidents/${accidentId}/investigation/findings`, data, { silent: true })
}

export function findingToHiddenDanger(accidentId: number, findingId: number) {
  return http.post<AccidentInvestigation & { hidden_danger_id: number }>(
    `/accidents/${accidentId}/investigation/findings/${findingId}/hidden-danger`,
    {},
    { silent: true },
  )
}
