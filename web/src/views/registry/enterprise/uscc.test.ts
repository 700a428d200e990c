import { describe, expect, it } from 'vitest'
import { usccCheckChar, usccCheckOk, usccShapeProblem } from './uscc'

describe('uscc', () => {
  it('computes the GB 32100 check character (verified sample)', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3')
    expect(usccCheckOk('91350100M000100Y43')).toBe(true)
  })

  it('flags a wrong check character without calling the shape wrong', () => {
    expect(usccShapeProblem('91350100M000100Y44')).toBeNull()
    expect(usccCheckOk('91350100M000100Y44')).toBe(false)
  })

  it('rejects wrong length and characters outside the 31-character set', () => {
    expect(usccShapeProblem('')).toBe('required')
    expect(usccShapeProblem('91350100M000100Y4')).toBe('length')
    expect(usccShapeProblem('91350100M000100Y4333')).toBe('length')
    for (const bad of ['I', 'O', 'Z', 'S', 'V', 'a', '-']) {
      expect(usccShapeProblem(`91350100M000100Y4${bad}`), bad).toBe('charset')
    }
  })

  it('returns null for a first part with invalid characters', () => {
    expect(usccCheckChar('9135010OM000100Y4')).toBeNull()
    expect(usccCheckChar('123')).toBeNull()
  })

  it('agrees with itself on generated codes', () => {
    const body = '91370800MA3C5X7U0'
    const code = body + usccCheckChar(body)
    expect(usccCheckOk(code)).toBe(true)
  })
})
