/** Pure helpers of the licence pages: tag types, the page a condition's record links to, the days-left wording. */
import type { ApplicationStatus, ConditionRecord, LicenceStatus } from '@/api/licensing/licences'

export type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export function statusTag(s: LicenceStatus): TagType {
  return s === 'valid' ? 'success' : s === 'suspended' ? 'warning' : 'danger'
}

export function applicationTag(s: ApplicationStatus): TagType {
  return s === 'approved' ? 'success' : s === 'refused' ? 'danger' : s === 'submitted' ? 'warning' : 'info'
}

/** A licence ending within 90 days is a warning, an ended one danger; revoked ones are not counted. */
export function daysLeftTag(daysLeft: number | undefined, status: LicenceStatus): TagType | undefined {
  if (daysLeft === undefined || status === 'revoked') return undefined
  if (daysLeft < 0) return 'danger'
  if (daysLeft <= 90) return 'warning'
  return undefined
}

/** The page a failed condition's record opens: the hidden danger, the plan, the person, the list entry, the evaluation list, the enterprise file. */
export function recordLink(r: ConditionRecord, enterpriseId: number): string {
  switch (r.kind) {
    case 'hidden_danger':
      return `/hidden-dangers/${r.id}`
    case 'emergency_plan':
      return `/emergency/plans/${r.id}`
    case 'safety_evaluation':
      return `/licensing/safety-evaluations?enterprise_id=${enterpriseId}`
    case 'person':
      return `/qualifications/people/${r.id}`
    case 'dishonesty_listing':
      return `/credit/dishonesty-list/${r.id}`
    case 'enterprise':
    default:
      return `/enterprises/${r.kind === 'enterprise' ? r.id : enterpriseId}`
  }
}

/** Product quantity as shown: "1500.5 kg/年". */
export function quantityText(q: string | number, unit?: string): string {
  return `${q}${unit ? ` ${unit}` : ''}/年`
}

/** ISO weekdays "12345" as 周一至周五-style text. */
export function weekdaysText(days: string, names: readonly string[]): string {
  if (!days) return names[0] ?? ''
  return days.split('').map((d) => names[Number(d)] ?? d).join('、')
}
