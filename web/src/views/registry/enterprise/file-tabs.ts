/**
 * The enterprise file (一企一档): which tabs the regulator's enterprise detail shows, each a list the
 * server scopes and filters to the enterprise, with the full page it links to. Tabs whose area
 * does not exist yet are not invented.
 */
import type { RouteLocationRaw } from 'vue-router'
import { EXPLOSIVES_INDUSTRIES } from '@/router/routes'
import { fitsIndustry, hasAny } from '@/utils/menu'

export interface FileColumn<R> {
  label: string
  value: (row: R) => string | number | null | undefined
  link?: (row: R) => string
  /** Shown as a tag of this type (the value is its text). */
  tag?: (row: R) => 'success' | 'warning' | 'danger' | 'info' | 'primary' | undefined
  minWidth?: number
}

export type FileTabKey = 'people' | 'licences' | 'risk' | 'inspections' | 'hiddenDangers' | 'enforcement' | 'ledger' | 'stocktakes' | 'filings' | 'history' | 'workshops' | 'veto' | 'qualifications' | 'credit'

interface TabRule {
  key: FileTabKey
  permissions?: string[]
  /** Shown only for enterprises of these industries. */
  industries?: string[]
}

const TABS: TabRule[] = [
  { key: 'people', permissions: ['responsibility:read'] },
  { key: 'licences', permissions: ['licence:read'] },
  { key: 'risk', permissions: ['risk:read'] },
  { key: 'inspections', permissions: ['inspection:read'] },
  { key: 'hiddenDangers', permissions: ['hidden_danger:read'] },
  { key: 'enforcement', permissions: ['hidden_danger:read'] },
  { key: 'ledger', permissions: ['ledger:read'], industries: EXPLOSIVES_INDUSTRIES },
  // The ledger's last stocktakes and its sales filings with their art. 24 deadline state.
  { key: 'stocktakes', permissions: ['ledger:read'], industries: EXPLOSIVES_INDUSTRIES },
  { key: 'filings', permissions: ['ledger:read'], industries: EXPLOSIVES_INDUSTRIES },
  { key: 'history' },
  // Issue 15 §3: hazardous workshops (危险工房定员定量) and open 四超 cases of a producer.
  { key: 'workshops', permissions: ['ledger:read'], industries: ['civil_explosives_production'] },
  { key: 'veto', permissions: ['veto:read'] }, // issue 15 §4: one-vote veto results
  { key: 'qualifications', permissions: ['qualification:read'] }, // issue 15 §2 人员资格
  { key: 'credit', permissions: ['credit:read'] }, // issue 15 §4: the dishonesty list
]

/** The tabs a user with `permissions` sees in the file of an enterprise of `industry`, in order. */
export function fileTabs(permissions: readonly string[], industry: string): FileTabKey[] {
  return TABS.filter((t) => hasAny(permissions, t.permissions) && fitsIndustry(industry, t.industries)).map((t) => t.key)
}

/** The full pages each tab links to, filtered to the enterprise where the page reads the filter. */
export function fullListLink(key: FileTabKey, enterpriseId: number): RouteLocationRaw | undefined {
  const q = { enterprise_id: String(enterpriseId) }
  switch (key) {
    case 'risk':
      return { path: '/risk/map', query: q }
    case 'inspections':
      return { path: '/inspection/tasks', query: q }
    case 'hiddenDangers':
      return { path: '/hidden-dangers', query: q }
    case 'enforcement':
      return { path: '/enforcement', query: q }
    case 'ledger':
      return { path: '/ledger/loss-incidents', query: { ...q, status: '' } }
    case 'stocktakes':
      return { path: '/ledger/stocktakes', query: q }
    case 'filings':
      return { path: '/ledger/sale-filings', query: q }
    case 'licences':
      return { path: '/licensing/licences', query: q }
    case 'workshops':
      return { path: '/ledger/workshops', query: q }
    case 'qualifications':
      return { path: '/qualifications/people', query: q }
    default:
      return undefined
  }
}
