import { describe, expect, it } from 'vitest'
import { fileTabs, fullListLink } from './file-tabs'
import { namedRoutes } from '@/utils/menu'
import { routes } from '@/router/routes'

const REGULATOR = ['enterprise:read', 'responsibility:read', 'ledger:read', 'risk:read', 'inspection:read', 'hidden_danger:read', 'licence:read']

describe('enterprise file tabs', () => {
  it('gather everything the regulator may read, the ledger only for civil-explosives enterprises', () => {
    expect(fileTabs(REGULATOR, 'civil_explosives_production')).toEqual(['people', 'licences', 'risk', 'inspections', 'hiddenDangers', 'enforcement', 'ledger', 'stocktakes', 'filings', 'history', 'workshops'])
    expect(fileTabs(REGULATOR, 'hazardous_chemicals')).not.toContain('ledger')
    // issue 15 §2: the 人员资格 tab comes last, with qualification:read
    expect(fileTabs([...REGULATOR, 'qualification:read'], 'hazardous_chemicals').at(-1)).toBe('qualifications')
    expect(fullListLink('qualifications', 7)).toEqual({ path: '/qualifications/people', query: { enterprise_id: '7' } })
    expect(fileTabs(REGULATOR, 'hazardous_chemicals')).not.toContain('stocktakes')
    expect(fileTabs(REGULATOR, 'hazardous_chemicals')).not.toContain('filings')
  })

  it('leave out what the user may not read', () => {
    expect(fileTabs(['enterprise:read'], 'general')).toEqual(['history'])
    expect(fileTabs(['enterprise:read', 'licence:read'], 'general')).toEqual(['licences', 'history'])
    expect(fileTabs(['enterprise:read', 'veto:read'], 'general')).toEqual(['history', 'veto'])
  })

  it('link to pages that exist, filtered to the enterprise', () => {
    const paths = new Set([...namedRoutes(routes).values()].map((r) => r.path))
    for (const key of fileTabs(REGULATOR, 'civil_explosives_production')) {
      const to = fullListLink(key, 7) as { path: string; query: Record<string, string> } | undefined
      if (!to) continue
      expect(paths.has(to.path), key).toBe(true)
      expect(to.query.enterprise_id).toBe('7')
    }
  })
})
