/** Hazardous workshops and 四超: figures as people read them, and what a head count means before it is sent. */
import type { FourOverCriterion, Workshop } from '@/api/explosives/workshops'

/** "150 kg" / "2,000 发": a 定量 or a stock in the workshop's unit. */
export function amountText(value: number, unit: string, pieces = '发'): string {
  const n = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 3 }).format(value)
  return unit === 'pieces' ? `${n} ${pieces}` : `${n} kg`
}

/** The share of the 定量 the stock uses, in whole percent (null without a limit). */
export function quantityUsePercent(w: Pick<Workshop, 'stock' | 'quantity_limit'>): number | null {
  if (!w.quantity_limit) return null
  return Math.round((w.stock / w.quantity_limit) * 100)
}

/** What a head count of `people` would be for the workshop: within, over the operating staff only, or over the maximum (四超). */
export function headcountVerdict(people: number, w: Pick<Workshop, 'operating_staff' | 'max_allowed_people'>): 'within' | 'above_staff' | 'over' {
  if (people > w.max_allowed_people) return 'over'
  if (people > w.operating_staff) return 'above_staff'
  return 'within'
}

export const CRITERION_TAG: Record<FourOverCriterion, 'danger' | 'warning'> = {
  output: 'danger',
  product_type: 'danger',
  hours: 'warning',
  storage: 'danger',
  staffing: 'danger',
}

/** The record a case is about, as a page of this UI (the workshop or the magazine), or undefined. */
export function subjectLink(subject: string): string | undefined {
  const m = /^(workshop|store):(\d+)/.exec(subject)
  if (!m) return undefined
  return m[1] === 'workshop' ? `/ledger/workshops/${m[2]}` : `/ledger/stores/${m[2]}`
}
