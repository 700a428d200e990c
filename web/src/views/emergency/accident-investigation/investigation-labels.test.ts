import { describe, expect, it } from 'vitest'
import type { AccidentInvestigation } from '@/api/emergency/accident-investigation'
import { DEADLINE_TAG, bodyOf, canConvert, formOf } from './investigation-labels'

const base: AccidentInvestigation = {
  accident_id: 7, number: 'AQ-20261201-000007', grade: 'ordinary', enterprise_id: 1, enterprise_name: '恒安民爆',
  occurred_at: '2026-12-01T02:00:00Z', leader: 'county', leader_zh: '县级人民政府', may_record: true,
  extension_max_days: 60, investigation_days: 60, approval_days: 15, source: '', source_en: '',
  report_deadline: { due_at: '2026-01-30T16:00:00Z', last_day: '2026-01-30', status: 'pending', late_days: 0 },
  approval_deadline: null, record: null, findings: [], changes: [],
}

describe('investigation labels', () => {
  it('starts an empty record today and keeps a stored one', () => {
    expect(formOf(base, '2026-12-06')).toMatchObject({ team_leader: '', started_on: '2026-12-06', extension_days: 0, report_file_id: null })
    const stored = formOf({ ...base, record: { id: 1, team_leader: '甲', team_members: '乙', started_on: '2026-12-02', extension_days: 30, extension_reason: '鉴定', report_submitted_on: '2026-12-05', report_file: { id: 9, name: 'r.pdf' }, approved_on: '', approval_document: '', cause: '违章', measures: '整改', lead_agency: null, version: 2, created_at: '', updated_at: '' } }, '2026-12-06')
    expect(stored).toMatchObject({ team_leader: '甲', started_on: '2026-12-02', extension_days: 30, report_file_id: 9 })
    expect(bodyOf(stored).report_file_id).toBe(9)
  })
  it('late and overdue deadlines are red, pending grey', () => {
    expect(DEADLINE_TAG.overdue).toBe('danger')
    expect(DEADLINE_TAG.late_done).toBe('danger')
    expect(DEADLINE_TAG.pending).toBe('info')
    expect(DEADLINE_TAG.done).toBe('success')
  })
  it('a finding converts once, only for an agency that may record', () => {
    expect(canConvert(base, null)).toBe(true)
    expect(canConvert(base, 12)).toBe(false)
    expect(canConvert({ ...base, may_record: false }, null)).toBe(false)
  })
})
