import { describe, expect, it } from 'vitest'
import { derivationOriginLink } from './derivation-links'

describe('derivationOriginLink', () => {
  it('links a mapped kind to its page and leaves the others without a link', () => {
    expect(derivationOriginLink('store', 12)).toBe('/ledger/stores/12')
    expect(derivationOriginLink('licence', 3)).toBe('/licensing/licences/3')
    expect(derivationOriginLink('person', 4)).toBe('/qualifications/people/4')
    expect(derivationOriginLink('unknown-kind', 12)).toBeUndefined()
    expect(derivationOriginLink('store', undefined)).toBeUndefined()
  })
})
