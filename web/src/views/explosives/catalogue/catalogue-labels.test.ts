import { describe, expect, it } from 'vitest'
import { canChange, changedFields } from './catalogue-labels'

describe('canChange', () => {
  const admin = { enterpriseId: null, manageLedger: false, manageDeployment: true }
  const ent = { enterpriseId: 7, manageLedger: true, manageDeployment: false }
  const keeper = { enterpriseId: 7, manageLedger: false, manageDeployment: false }
  it.each([
    ['deployment product, administrator', { owner: 'deployment', owner_enterprise_id: null }, admin, true],
    ['deployment product, enterprise', { owner: 'deployment', owner_enterprise_id: null }, ent, false],
    ['own product, enterprise', { owner: 'enterprise', owner_enterprise_id: 7 }, ent, true],
    ['own product, storekeeper', { owner: 'enterprise', owner_enterprise_id: 7 }, keeper, false],
    ['another enterprise', { owner: 'enterprise', owner_enterprise_id: 8 }, ent, false],
    ['enterprise product, administrator', { owner: 'enterprise', owner_enterprise_id: 7 }, admin, false],
  ] as const)('%s', (_name, p, me, want) => {
    expect(canChange(p, me)).toBe(want)
  })
})

describe('changedFields', () => {
  it('names what differs, in form order', () => {
    expect(changedFields({ name: 'a', specification: 'x', status: 'active' }, { name: 'a', specification: 'y', status: 'inactive' })).toEqual(['specification', 'status'])
  })
  it('is empty for a creation', () => {
    expect(changedFields(null, { name: 'a' })).toEqual([])
  })
})
