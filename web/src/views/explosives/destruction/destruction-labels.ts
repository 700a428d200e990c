/** Destruction plans: the tag of each status, and what the plan still lacks before a destruction voucher may execute it. */
import type { DestructionPlan } from '@/api/explosives/destruction'

export const PLAN_STATUS_TAG: Record<string, 'info' | 'warning' | 'primary' | 'success'> = {
  draft: 'info',
  reporting: 'warning',
  reported: 'primary',
  closed: 'success',
}

/** The offices whose report is still missing (province first), as the server checks them. */
export function missingReports(p: Pick<DestructionPlan, 'province_report' | 'police_report'>): ('province' | 'police')[] {
  const out: ('province' | 'police')[] = []
  if (!p.province_report) out.push('province')
  if (!p.police_report) out.push('police')
  return out
}

/** Codes typed or pasted into a text area: one per line (also split on spaces and commas), trimmed, without repeats. */
export function parseCodes(text: string): string[] {
  const out: string[] = []
  for (const c of text.split(/[\s,，]+/)) {
    const code = c.trim()
    if (code && !out.includes(code)) out.push(code)
  }
  return out
}
