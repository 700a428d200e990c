import type { Recipient, RecipientSelection } from '@/api/notices/notice'

export function emptySelection(): RecipientSelection {
  return { agency_ids: [], enterprise_ids: [], region_codes: [], industries: [], include_agencies: false }
}

/** True when the selection names at least one recipient group. */
export function selectionIsEmpty(s: RecipientSelection): boolean {
  return !s.agency_ids.length && !s.enterprise_ids.length && !s.region_codes.length && !s.industries.length
}

/** The stored selection with every list present. */
export function normalizeSelection(s: Partial<RecipientSelection> | null | undefined): RecipientSelection {
  return {
    agency_ids: s?.agency_ids ?? [],
    enterprise_ids: s?.enterprise_ids ?? [],
    region_codes: s?.region_codes ?? [],
    industries: s?.industries ?? [],
    include_agencies: !!s?.include_agencies,
  }
}

/** A draft's resolved recipients turned back into an editable selection (agencies and hand-picked enterprises). */
export function selectionFromRecipients(recipients: readonly Recipient[]): RecipientSelection {
  const s = emptySelection()
  for (const r of recipients) {
    if (r.recipient_kind === 'agency' && r.agency_id !== null) s.agency_ids.push(r.agency_id)
    if (r.recipient_kind === 'enterprise' && r.enterprise_id !== null) s.enterprise_ids.push(r.enterprise_id)
  }
  return s
}

/** Recipients that still owe something (not acknowledged nor fed back). */
export function laggards(recipients: readonly Recipient[]): Recipient[] {
  return recipients.filter((r) => r.status === 'unread' || r.status === 'read' || r.status === 'overdue')
}
