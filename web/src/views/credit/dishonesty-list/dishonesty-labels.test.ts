import { describe, expect, it } from 'vitest'
import { repairOpen, sourceLink, STATE_TAG } from './dishonesty-labels'

describe('dishonesty list labels', () => {
  it('links accident criteria to the accident and nothing else', () => {
    expect(sourceLink({ source_kind: 'accident' }, 12)).toBe('/emergency/accidents/12')
    expect(sourceLink({ source_kind: 'accident_finding' }, 3)).toBe('/emergency/accidents/3')
    expect(sourceLink({ source_kind: 'investigation_finding' }, 5)).toBe('/emergency/accidents/5')
    expect(sourceLink({ source_kind: 'manual' }, 3)).toBeNull()
    expect(sourceLink({ source_kind: 'licence' }, 3)).toBeNull()
  })
  it('opens credit repair from the day the server names, for a listed entry only', () => {
    expect(repairOpen({ state: 'listed', repair_opens_on: '2027-12-08' }, '2027-12-07')).toBe(false)
    expect(repairOpen({ state: 'listed', repair_opens_on: '2027-12-08' }, '2027-12-08')).toBe(true)
    expect(repairOpen({ state: 'removed', repair_opens_on: '2027-12-08' }, '2028-01-01')).toBe(false)
    expect(repairOpen({ state: 'noticed', repair_opens_on: null }, '2028-01-01')).toBe(false)
  })
  it('shows a listed entry in red', () => {
    expect(STATE_TAG.listed).toBe('danger')
    expect(STATE_TAG.candidate).toBe('warning')
  })
})
