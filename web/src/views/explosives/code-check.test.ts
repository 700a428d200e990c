import { describe, expect, it } from 'vitest'
import { codesToAdd, detonatorCodeProblem, judgeScan, looksLikeDetonatorCode } from './code-check'

describe('GA 441 detonator codes at scan time', () => {
  it('accepts a valid code and names the first problem of a bad one', () => {
    expect(detonatorCodeProblem('3761206E00001')).toBeNull()
    expect(detonatorCodeProblem('3761206a00001')).toBeNull()
    expect(detonatorCodeProblem('376120600001')).toBe('length')
    expect(detonatorCodeProblem('0061206E00001')).toBe('enterprise')
    expect(detonatorCodeProblem('37X1206E00001')).toBe('year')
    expect(detonatorCodeProblem('3761306E00001')).toBe('month')
    expect(detonatorCodeProblem('3760231E00001')).toBe('day')
    expect(detonatorCodeProblem('3760229E00001')).toBeNull() // 29 February: the year is one digit
    expect(detonatorCodeProblem('3761206o00001')).toBe('feature')
    expect(detonatorCodeProblem('3761206E0000A')).toBe('serial')
  })

  it('tells a mistyped detonator code from a case or box code', () => {
    expect(looksLikeDetonatorCode('376120600001')).toBe(true)
    expect(looksLikeDetonatorCode('XG-E2E-1')).toBe(false)
    expect(looksLikeDetonatorCode('HZ-2026-0001-01')).toBe(false)
  })

  it('flags duplicates within the form and within one pasted list', () => {
    const v = judgeScan('3761206E00001 3761206E00002,3761206E00002 XG-1 376120600003', ['3761206E00001'], true)
    expect(v.map((x) => x.kind)).toEqual(['duplicate', 'accepted', 'duplicate', 'package', 'invalid'])
    expect(codesToAdd(v)).toEqual(['3761206E00002', 'XG-1'])
  })

  it('checks only duplicates for codes outside GA 441', () => {
    const v = judgeScan('ABC 12345 ABC', [], false)
    expect(v.map((x) => x.kind)).toEqual(['accepted', 'accepted', 'duplicate'])
  })
})
