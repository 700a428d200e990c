/** Shared display rules of the emergency-plan pages: status colours, the deadline a list shows, deadline colours. */
import type { EmergencyPlan, PlanDeadline, PlanStatus } from '@/api/emergency/plans'
import type { StoredFile } from '@/api/files/file'

export type TagType = 'success' | 'danger' | 'info' | 'warning' | 'primary'

export const STATUS_TAG: Record<PlanStatus, TagType> = {
  draft: 'info',
  published: 'warning',
  filing_submitted: 'primary',
  returned: 'danger',
  filed: 'success',
  revision_required: 'danger',
}

export const DEADLINE_TAG: Record<PlanDeadline['status'], TagType> = {
  pending: 'info',
  due_soon: 'warning',
  overdue: 'danger',
  done: 'success',
  done_late: 'danger',
}

/**
 * The one deadline a list row shows: the regulator's check while a filing is pending, the filing deadline while the
 * plan awaits filing (or when it was filed late), otherwise the next evaluation.
 */
export function mainDeadline(p: Pick<EmergencyPlan, 'status' | 'deadlines'>): PlanDeadline | undefined {
  const by = (key: PlanDeadline['key']) => p.deadlines.find((d) => d.key === key)
  if (p.status === 'filing_submitted' && by('check')) return by('check')
  const filing = by('filing')
  if (filing && (p.status === 'published' || p.status === 'returned' || filing.status === 'done_late')) return filing
  return by('evaluation') ?? filing
}

/** Whether the deadline is (or was) missed: shown red with its days late. */
export function isLate(d: PlanDeadline | undefined): boolean {
  return !!d && d.days_late > 0
}

/** The id of the one file an upload field holds (the last one chosen). */
export function fileIdOf(files: StoredFile[]): number | undefined {
  return files.length ? files[files.length - 1].id : undefined
}

/** Today in China as YYYY-MM-DD (the server's dates are China days). */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10)
}
