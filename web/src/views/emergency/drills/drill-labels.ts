/** Pure helpers of the drill pages: tag colours, the one-line status of an obligation, the chart's series. */
import type { Obligation, ObligationStatus, ReportStatus, ScopeCompliance } from '@/api/emergency/drills'

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export function obligationTagType(s: ObligationStatus): TagType {
  return ({ done: 'success', done_late: 'warning', due: 'primary', late: 'danger', upcoming: 'info' } as const)[s]
}

export function reportTagType(s: ReportStatus): TagType {
  return ({ none: 'info', submitted: 'warning', acknowledged: 'success' } as const)[s]
}

/** "逾期 12 天" / "剩 30 天" / "完成于 2026-03-10": what the user reads beside the status. */
export function obligationNote(o: Obligation, t: (key: string, args?: Record<string, unknown>) => string): string {
  if (o.status === 'late' || o.status === 'done_late') {
    const late = t('drill.daysLate', { n: o.days_late })
    return o.done_on ? `${t('drill.doneOn', { date: o.done_on })}，${late}` : late
  }
  if (o.status === 'done' && o.done_on) return t('drill.doneOn', { date: o.done_on })
  if (o.status === 'due') return t('drill.daysLeft', { n: o.days_left })
  return ''
}

/** Obligations grouped by their period (window_start … window_end), in date order: the calendar's rows. */
export function byWindow(items: Obligation[]): { key: string; start: string; end: string; due: string; items: Obligation[] }[] {
  const groups = new Map<string, { key: string; start: string; end: string; due: string; items: Obligation[] }>()
  for (const o of items) {
    const key = `${o.window_start}~${o.window_end}`
    if (!groups.has(key)) groups.set(key, { key, start: o.window_start, end: o.window_end, due: o.due, items: [] })
    groups.get(key)!.items.push(o)
  }
  return [...groups.values()].sort((a, b) => (a.due === b.due ? a.start.localeCompare(b.start) : a.due.localeCompare(b.due)))
}

/** The regions chart: a stacked bar per child region of the obligations' statuses. */
export function regionSeries(c: ScopeCompliance, label: (s: 'done' | 'done_late' | 'due' | 'late') => string) {
  const keys = ['done', 'done_late', 'due', 'late'] as const
  const colours = { done: '#67c23a', done_late: '#e6a23c', due: '#409eff', late: '#f56c6c' }
  return {
    categories: c.regions.map((r) => r.region_name),
    series: keys.map((k) => ({ name: label(k), type: 'bar' as const, stack: 'all', itemStyle: { color: colours[k] }, data: c.regions.map((r) => r[k]) })),
  }
}

/** Non-empty problem lines, trimmed (the form's dynamic list). */
export function cleanProblems(lines: string[]): string[] {
  return lines.map((l) => l.trim()).filter((l) => l.length > 0)
}
