import { describe, expect, it, vi } from 'vitest'
import { useTable } from './use-table'

function fetcher() {
  return vi.fn(async (q: Record<string, unknown>) => ({ items: [q], total: 42, page: Number(q.page), page_size: Number(q.page_size) }))
}

describe('useTable', () => {
  it('sends filters, page, page size and no sort at first', async () => {
    const f = fetcher()
    const t = useTable({ q: '邹城', status: '' }, f)
    await t.load()
    expect(f).toHaveBeenLastCalledWith({ q: '邹城', status: '', page: 1, page_size: 20, sort: undefined })
    expect(t.total.value).toBe(42)
    expect(t.totalExact.value).toBe(true)
  })

  it('maps el-table sort events to sort=field / sort=-field and back to page 1', async () => {
    const f = fetcher()
    const t = useTable({ q: '' }, f)
    t.page.value = 3
    await t.onSortChange({ prop: 'employees', order: 'descending' })
    expect(f.mock.lastCall?.[0]).toMatchObject({ sort: '-employees', page: 1 })
    await t.onSortChange({ prop: 'name', order: 'ascending' })
    expect(f.mock.lastCall?.[0]).toMatchObject({ sort: 'name' })
    await t.onSortChange({ prop: 'name', order: null })
    expect(f.mock.lastCall?.[0].sort).toBeUndefined()
  })

  it('resets the page when the page size changes and restores filters on reset', async () => {
    const f = fetcher()
    const t = useTable({ q: '' }, f)
    await t.onPageChange(4)
    expect(f.mock.lastCall?.[0]).toMatchObject({ page: 4 })
    await t.onSizeChange(100)
    expect(f.mock.lastCall?.[0]).toMatchObject({ page: 1, page_size: 100 })
    t.filters.q = 'x'
    await t.reset()
    expect(f.mock.lastCall?.[0]).toMatchObject({ q: '' })
  })

  it('gives the export query without paging', () => {
    const t = useTable({ q: 'a', region_code: '370883' }, fetcher())
    expect(t.exportQuery()).toEqual({ q: 'a', region_code: '370883', sort: undefined })
  })

  it('keeps only the latest answer when requests overlap', async () => {
    let release: (v: unknown) => void = () => {}
    const slow = new Promise((r) => (release = r))
    let call = 0
    const t = useTable({ q: '' }, async (q) => {
      call++
      if (call === 1) await slow
      return { items: [q.q], total: call, page: 1, page_size: 20 }
    })
    const first = t.load()
    t.filters.q = 'newer'
    await t.load()
    release(null)
    await first
    expect(t.items.value).toEqual(['newer'])
  })

  it('numbers rows across pages for the 序号 column', async () => {
    const t = useTable({ q: '' }, fetcher())
    expect(t.rowNumber(0)).toBe(1)
    await t.onPageChange(3)
    expect(t.rowNumber(0)).toBe(41)
    expect(t.rowNumber(19)).toBe(60)
    await t.onSizeChange(50)
    expect(t.rowNumber(4)).toBe(5)
    await t.onPageChange(2)
    expect(t.rowNumber(4)).toBe(55)
  })

  it('keeps the server\'s "more than N" total apart from an exact one', async () => {
    const t = useTable({}, vi.fn(async () => ({ items: [], total: 10000, total_exact: false, page: 1, page_size: 20 })))
    await t.load()
    expect(t.total.value).toBe(10000)
    expect(t.totalExact.value).toBe(false)
  })
})
