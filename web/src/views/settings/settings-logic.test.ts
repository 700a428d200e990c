import { describe, expect, it } from 'vitest'
import type { LevelBand } from '@/api/dual-prevention/risk'
import { bandText, errorsAt, levelForScore, lsMatrix, otherErrors, sameValue, valuePathErrors } from './settings-logic'

const band = (level: LevelBand['level'], min: number | null, max: number | null, minInc = true, maxInc = true): LevelBand => ({
  level, min, max, min_inclusive: minInc, max_inclusive: maxInc,
})
const LS = [band('major', 20, 25), band('high', 9, 16), band('moderate', 4, 8), band('low', 1, 3)]

describe('business settings logic', () => {
  it('maps body paths to value paths, first message per path', () => {
    expect(valuePathErrors({ 'value.capacity_alert_percent': 'a', value: 'b', other: 'c' })).toEqual({
      capacity_alert_percent: 'a', '': 'b', other: 'c',
    })
  })
  it('collects errors at and below a path', () => {
    const e = { 'lec.L': 'x', 'lec.L[1].value': 'y', 'lec.LL': 'z', 'ls.bands': 'w' }
    expect(errorsAt(e, 'lec.L')).toEqual(['x', 'y'])
    expect(otherErrors(e, ['lec.L', 'ls.bands'])).toEqual(['z'])
  })
  it('compares JSON values ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false)
    expect(sameValue([1], { 0: 1 })).toBe(false)
    expect(sameValue(null, {})).toBe(false)
  })
  it('describes bands', () => {
    expect(bandText(band('major', 320, null, false), 'D')).toBe('D > 320')
    expect(bandText(band('high', 160, 320), 'D')).toBe('160 ≤ D ≤ 320')
    expect(bandText(band('moderate', 70, 160, true, false), 'D')).toBe('70 ≤ D < 160')
    expect(bandText(band('low', null, 70, true, false), 'D')).toBe('D < 70')
  })
  it('finds the level as the server does, including rounding of decimal products', () => {
    expect(levelForScore(LS, 12)).toBe('high')
    expect(levelForScore(LS, 17)).toBeNull()
    const lec = [band('moderate', 70, 160, true, false), band('low', null, 70, true, false)]
    expect(levelForScore(lec, 0.2 * 10 * 35)).toBe('moderate')
  })
  it('builds the LS matrix preview', () => {
    const choices = [1, 2].map((v) => ({ value: v, label_zh: String(v), label_en: String(v) }))
    const m = lsMatrix(choices, choices, LS)
    expect(m[1].cells[1]).toEqual({ s: 2, score: 4, level: 'moderate' })
    expect(m[0].cells[0].level).toBe('low')
  })
})
