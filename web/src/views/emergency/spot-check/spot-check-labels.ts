/** Display rules of the duty spot-check pages: result and state colours, the call form's suggested result and body. */
import type { SpotCheckCallInput, SpotCheckFinding } from '@/api/emergency/spot-check'

export const RESULT_TAG: Record<'pass' | 'fail', 'success' | 'danger'> = { pass: 'success', fail: 'danger' }

export const STATE_TAG: Record<SpotCheckFinding['state'], 'warning' | 'primary' | 'success' | 'danger'> = {
  open: 'warning',
  answered: 'primary',
  accepted: 'success',
  returned: 'danger',
}

/** Names compared without spaces (as the server compares them): null when nobody answered or nobody is rostered. */
export function answererOnDuty(answerer: string, onDuty: string[]): boolean | null {
  const strip = (s: string) => s.replace(/[\s\u3000]/g, '')
  const who = strip(answerer)
  if (!who || onDuty.length === 0) return null
  return onDuty.some((n) => strip(n) === who)
}

/** The result the form proposes: an unanswered call, or one answered by someone not on duty, fails. */
export function suggestedResult(answered: boolean, onDuty: boolean | null): 'pass' | 'fail' {
  if (!answered) return 'fail'
  return onDuty === false ? 'fail' : 'pass'
}

export interface CallForm {
  item_id: number
  method: 'phone' | 'video'
  phone: string
  answered: boolean
  rings: number | null
  seconds: number | null
  answerer_name: string
  result: 'pass' | 'fail'
  notes: string
}

/** The request body: no answerer for an unanswered call, counts only when given. */
export function callBody(f: CallForm): SpotCheckCallInput {
  const body: SpotCheckCallInput = { item_id: f.item_id, method: f.method, phone: f.phone.trim(), answered: f.answered, result: f.result, notes: f.notes }
  if (f.answered) body.answerer_name = f.answerer_name.trim()
  if (f.rings !== null) body.rings = f.rings
  if (f.seconds !== null) body.seconds = f.seconds
  return body
}
