/** Pure helpers of the one-vote veto pages: where a reason's record lives, the result's tag, the period and the confirmation's figures. */
import type { VetoReason, VetoResult, VetoRound } from '@/api/credit/veto'

/** The page of the record a reason rests on (accident, hidden danger, licence, dishonesty-list entry). */
export function reasonLink(r: Pick<VetoReason, 'record_type' | 'record_id'>): string {
  switch (r.record_type) {
    case 'accident':
      return `/emergency/accidents/${r.record_id}`
    case 'hidden_danger':
      return `/hidden-dangers/${r.record_id}`
    case 'licence':
      return `/licensing/licences/${r.record_id}`
    case 'credit_listing':
      return `/credit/dishonesty-list/${r.record_id}`
  }
}

export function resultTagType(result: VetoResult): 'danger' | 'success' | 'info' {
  return result === 'vetoed' ? 'danger' : result === 'passed' ? 'success' : 'info'
}

/** "2025-12-07 至 2026-12-06" (zh) or "2025-12-07 – 2026-12-06". */
export function periodText(from: string, to: string, locale: string): string {
  return locale.startsWith('zh') ? `${from} 至 ${to}` : `${from} – ${to}`
}

/** The figures a confirmation states: applications checked, vetoed, passed. */
export function confirmFigures(r: Pick<VetoRound, 'applications' | 'vetoed'>): { n: number; m: number; p: number } {
  return { n: r.applications, m: r.vetoed, p: r.applications - r.vetoed }
}

/** Whether the agency may confirm: every application checked, none added since, not yet confirmed. */
export function canConfirm(r: Pick<VetoRound, 'status' | 'checked_at' | 'pending' | 'total' | 'applications'>): boolean {
  return r.status === 'open' && r.checked_at !== null && r.pending === 0 && r.total === r.applications && r.total > 0
}
