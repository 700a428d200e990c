import { describe, expect, it } from 'vitest'
import { missingReports, parseCodes } from './destruction-labels'

describe('destruction plan helpers', () => {
  it('names the reports still missing, province first', () => {
    const r = { reported_on: '2026-12-01', receiving_unit: 'x', document_number: 'y' }
    expect(missingReports({ province_report: null, police_report: null })).toEqual(['province', 'police'])
    expect(missingReports({ province_report: r, police_report: null })).toEqual(['police'])
    expect(missingReports({ province_report: r, police_report: r })).toEqual([])
  })
  it('reads pasted codes one per line without repeats', () => {
    expect(parseCodes('3760315A90001\n 3760315A90002 ,3760315A90001\n\n')).toEqual(['3760315A90001', '3760315A90002'])
    expect(parseCodes('')).toEqual([])
  })
})
