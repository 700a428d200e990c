import type { NoticeStats } from '@/api/notices/notice'

function pct(part: number, total: number): number {
  return total > 0 ? Math.round((part / total) * 100) : 0
}

/** Percentages for a sent notice: acknowledged-or-better and fed back. */
export function noticeRates(stats: NoticeStats | null | undefined): { acknowledged: number; feedback: number } {
  if (!stats || !stats.total) return { acknowledged: 0, feedback: 0 }
  return {
    acknowledged: pct(stats.acknowledged + stats.feedback_submitted, stats.total),
    feedback: pct(stats.feedback_submitted, stats.total),
  }
}
