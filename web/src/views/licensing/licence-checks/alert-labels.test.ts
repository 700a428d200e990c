import { describe, expect, it } from 'vitest'
import { findingTagType, hiddenDangerLink, isOpen } from './alert-labels'

describe('licence alert labels', () => {
  it('marks expired and missing licences as major hidden dangers and lapsed conditions as warnings', () => {
    expect(findingTagType('expired')).toBe('danger')
    expect(findingTagType('missing')).toBe('danger')
    expect(findingTagType('condition')).toBe('warning')
  })
  it('links the hidden danger the sweep opened, if any', () => {
    expect(hiddenDangerLink({ hidden_danger_id: 42 })).toBe('/hidden-dangers/42')
    expect(hiddenDangerLink({ hidden_danger_id: null })).toBeNull()
  })
  it('tells open warnings from resolved ones', () => {
    expect(isOpen({ resolved_on: null })).toBe(true)
    expect(isOpen({ resolved_on: '2026-12-06' })).toBe(false)
  })
})
