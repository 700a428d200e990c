/** Pure helpers of the 许可条件预警 page: the tag type of a finding and whether a warning still stands. */
import type { LicenceAlert, LicenceAlertFinding } from '@/api/licensing/licence-checks'

/** Expired and missing licences are major hidden dangers (234号 item 1): danger; a lapsed condition: warning. */
export function findingTagType(f: LicenceAlertFinding): 'danger' | 'warning' {
  return f === 'condition' ? 'warning' : 'danger'
}

/** The link of the hidden danger a warning opened, or null. */
export function hiddenDangerLink(a: Pick<LicenceAlert, 'hidden_danger_id'>): string | null {
  return a.hidden_danger_id == null ? null : `/hidden-dangers/${a.hidden_danger_id}`
}

/** Open warnings first is the server's order by id; this tells an open one from a resolved one. */
export function isOpen(a: Pick<LicenceAlert, 'resolved_on'>): boolean {
  return a.resolved_on == null
}
