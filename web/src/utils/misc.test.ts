import { describe, expect, it } from 'vitest'
import { auditFieldLabel, diffObjects, displayValue } from '../views/audit/audit-log/diff'
import { buildRegionTree, jurisdictionLevel, regionPath } from './region-tree'
import { filenameFromDisposition } from './download'
import { nextBackoff, wsUrl } from './ws'
import { noticeRates } from '../views/notices/notice/notice-stats'
import { laggards, normalizeSelection, selectionFromRecipients, selectionIsEmpty, emptySelection } from '../views/notices/recipients'
import { mergePermissions } from '../views/identity/role/permissions'
import type { Recipient } from '@/api/notices/notice'
import type { Region } from '@/api/registry/reference'

const regions: Region[] = [
  { code: '370800', name: '济宁市', kind: 'city', parent_code: '370000', level: 2 },
  { code: '370811', name: '任城区', kind: 'county', parent_code: '370800', level: 3 },
  { code: '370883', name: '邹城市', kind: 'county', parent_code: '370800', level: 3 },
  { code: '370800-TBH', name: '太白湖新区', kind: 'zone', parent_code: '370800', level: 3 },
]

describe('diffObjects', () => {
  it('lists changed, added and removed fields only', () => {
    const d = diffObjects({ name: 'A', employees: 10, park: 'x' }, { name: 'B', employees: 10, status: 'inactive' })
    expect(d).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'park', before: 'x', after: undefined },
      { field: 'status', before: undefined, after: 'inactive' },
    ])
  })
  it('handles creation and deletion entries', () => {
    expect(diffObjects(null, { a: 1 })).toEqual([{ field: 'a', before: undefined, after: 1 }])
    expect(diffObjects({ a: 1 }, null)).toEqual([{ field: 'a', before: 1, after: undefined }])
    expect(displayValue(null)).toBe('—')
    expect(displayValue({ x: 1 })).toBe('x：1')
  })
  it('shows values and fields in words, never raw JSON', () => {
    const label = (k: string) => ({ number: '编号', voucher_ids: '调整单' })[k] ?? k
    expect(displayValue({ number: 'PD2026', voucher_ids: [242, 243] }, label)).toBe('编号：PD2026；调整单：242、243')
    expect(displayValue(true)).toBe('是')
    expect(displayValue(false, label, false)).toBe('no')
    expect(displayValue([])).toBe('—')
    const t = (k: string) => ({ 'audit.fields.number': '编号' })[k] ?? k
    const te = (k: string) => k === 'audit.fields.number'
    expect(auditFieldLabel('number', t, te, () => '')).toBe('编号')
    expect(auditFieldLabel('second_person', t, te, (k) => (k === 'second_person' ? '第二人' : ''))).toBe('第二人')
  })
})

describe('region tree', () => {
  it('nests children under visible parents and roots the rest', () => {
    const tree = buildRegionTree(regions)
    expect(tree).toHaveLength(1)
    expect(tree[0].value).toBe('370800')
    expect(tree[0].children?.map((c) => c.label)).toEqual(['任城区', '邹城市', '太白湖新区'])
  })
  it('gives the cascader path of a code', () => {
    expect(regionPath(regions, '370883')).toEqual(['370800', '370883'])
    expect(regionPath(regions, 'unknown')).toEqual(['unknown'])
    expect(regionPath(regions, '')).toEqual([])
  })
})

describe('download file names', () => {
  it('prefers the RFC 5987 UTF-8 name', () => {
    expect(filenameFromDisposition(`attachment; filename="enterprises.xlsx"; filename*=UTF-8''%E4%BC%81%E4%B8%9A.xlsx`, 'x')).toBe('企业.xlsx')
    expect(filenameFromDisposition('attachment; filename="audit.xlsx"', 'x')).toBe('audit.xlsx')
    expect(filenameFromDisposition(null, 'fallback.xlsx')).toBe('fallback.xlsx')
  })
})

describe('websocket helpers', () => {
  it('builds the socket URL from the page origin', () => {
    expect(wsUrl({ protocol: 'http:', host: '127.0.0.1:8080' })).toBe('ws://127.0.0.1:8080/api/v1/ws')
    expect(wsUrl({ protocol: 'https:', host: 'aj.example' })).toBe('wss://aj.example/api/v1/ws')
  })
  it('backs off exponentially up to 30 s', () => {
    const seq = [0]
    for (let i = 0; i < 7; i++) seq.push(nextBackoff(seq[seq.length - 1]))
    expect(seq.slice(1)).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
  })
})

describe('notice helpers', () => {
  const r = (id: number, status: Recipient['status'], kind: 'agency' | 'enterprise' = 'enterprise'): Recipient => ({
    id, notice_id: 1, recipient_kind: kind, agency_id: kind === 'agency' ? id * 10 : null, enterprise_id: kind === 'enterprise' ? id * 100 : null,
    name: `r${id}`, region_code: '370811', status, read_at: null, acknowledged_at: null, feedback_at: null, feedback_text: null,
    feedback_attachments: [], reminded_count: 0, last_reminded_at: null,
  })

  it('computes receipt and feedback rates', () => {
    expect(noticeRates({ total: 4, unread: 1, read: 1, acknowledged: 1, feedback_submitted: 1, overdue: 0 })).toEqual({ acknowledged: 50, feedback: 25 })
    expect(noticeRates({ total: 0, unread: 0, read: 0, acknowledged: 0, feedback_submitted: 0, overdue: 0 })).toEqual({ acknowledged: 0, feedback: 0 })
  })

  it('finds the laggards to remind', () => {
    const rs = [r(1, 'unread'), r(2, 'read'), r(3, 'acknowledged'), r(4, 'feedback_submitted'), r(5, 'overdue')]
    expect(laggards(rs).map((x) => x.id)).toEqual([1, 2, 5])
  })

  it('fills in the lists a stored selection leaves out', () => {
    expect(normalizeSelection({ region_codes: ['370883'] })).toEqual({ agency_ids: [], enterprise_ids: [], region_codes: ['370883'], industries: [], include_agencies: false })
    expect(normalizeSelection(null)).toEqual(emptySelection())
  })

  it('rebuilds an editable selection from a draft', () => {
    const s = selectionFromRecipients([r(1, 'unread', 'agency'), r(2, 'unread')])
    expect(s.agency_ids).toEqual([10])
    expect(s.enterprise_ids).toEqual([200])
    expect(selectionIsEmpty(s)).toBe(false)
    expect(selectionIsEmpty(emptySelection())).toBe(true)
  })
})

describe('permissions', () => {
  it('keeps the server order and appends codes it does not define', () => {
    const defs = [
      { code: 'enterprise:read', label_zh: '查看企业', label_en: 'View' },
      { code: 'audit:read', label_zh: '审计', label_en: 'Audit' },
    ]
    const all = mergePermissions(defs, ['zeta:x', 'audit:read', 'zeta:x'])
    expect(all.map((p) => p.code)).toEqual(['enterprise:read', 'audit:read', 'zeta:x'])
    expect(all[2].label_zh).toBe('zeta:x')
  })
})

describe('jurisdictionLevel', () => {
  it('names the ministry at the country root and the levels below it', () => {
    expect(jurisdictionLevel('000000')).toBe('ministry')
    expect(jurisdictionLevel('370000')).toBe('province')
    expect(jurisdictionLevel('370800')).toBe('city')
    expect(jurisdictionLevel('370811')).toBe('county')
    expect(jurisdictionLevel('370800Z1')).toBe('county')
  })
})
