/** Display rules of the dishonesty list pages: state colours, the linked records of a criterion, and the credit-repair window as the server counts it. */
import type { DishonestyEntry, DishonestyRepair, DishonestyState } from '@/api/credit/dishonesty-list'

export const STATE_TAG: Record<DishonestyState, 'warning' | 'primary' | 'danger' | 'info' | 'success'> = {
  candidate: 'warning',
  noticed: 'primary',
  listed: 'danger',
  expired: 'info',
  removed: 'success',
  dismissed: 'info',
}

export const REPAIR_TAG: Record<DishonestyRepair['state'], 'warning' | 'success' | 'info' | 'danger'> = {
  pending: 'warning',
  approved: 'success',
  refused: 'info',
  revoked: 'danger',
}

/** The page each linked record opens (accidents for the accident criteria); null when the record has no page. */
export function sourceLink(e: Pick<DishonestyEntry, 'source_kind'>, id: number): string | null {
  if (e.source_kind === 'accident' || e.source_kind === 'accident_finding' || e.source_kind === 'investigation_finding') return `/emergency/accidents/${id}`
  return null
}

/** Whether credit repair may be applied for on `today` (YYYY-MM-DD): listed, and on or after the day it opens. */
export function repairOpen(e: Pick<DishonestyEntry, 'state' | 'repair_opens_on'>, today: string): boolean {
  return e.state === 'listed' && !!e.repair_opens_on && today >= e.repair_opens_on
}
