import { reactive, ref } from 'vue'
import type { ListResult } from '@/api/core/common'

export const PAGE_SIZES = [20, 50, 100]

/**
 * List-page state: filters, page, page size, server-side sort and loading flag.
 * `fetcher` receives the filters merged with `page`, `page_size` and `sort`.
 */
export function useTable<T, F extends object>(
  initialFilters: F,
  fetcher: (query: F & { page: number; page_size: number; sort?: string }) => Promise<ListResult<T>>,
) {
  const filters = reactive({ ...initialFilters }) as F
  const items = ref<T[]>([]) as { value: T[] }
  const total = ref(0)
  /** false when the server only knows that more than `total` rows match. */
  const totalExact = ref(true)
  const page = ref(1)
  const pageSize = ref(PAGE_SIZES[0])
  const sort = ref<string | undefined>(undefined)
  const loading = ref(false)
  let seq = 0

  function query(): F & { page: number; page_size: number; sort?: string } {
    return { ...(filters as object), page: page.value, page_size: pageSize.value, sort: sort.value } as F & {
      page: number
      page_size: number
      sort?: string
    }
  }

  async function load() {
    const mine = ++seq
    loading.value = true
    try {
      const res = await fetcher(query())
      if (mine !== seq) return
      items.value = res.items
      total.value = res.total
      totalExact.value = res.total_exact !== false
    } catch {
      if (mine === seq) items.value = []
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  function search() {
    page.value = 1
    return load()
  }

  function reset() {
    Object.assign(filters as object, initialFilters)
    sort.value = undefined
    return search()
  }

  /** el-table `sort-change` → `sort=field` / `sort=-field`. */
  function onSortChange({ prop, order }: { prop: string | null; order: string | null }) {
    sort.value = order && prop ? (order === 'descending' ? `-${prop}` : prop) : undefined
    return search()
  }

  function onPageChange(p: number) {
    page.value = p
    return load()
  }

  function onSizeChange(s: number) {
    pageSize.value = s
    return search()
  }

  /** The filters only (no paging), for the list's `/export` twin. */
  function exportQuery() {
    return { ...(filters as object), sort: sort.value } as F & { sort?: string }
  }

  /** The 序号 of the row at `index` on the current page, counting across pages (el-table-column type="index" :index). */
  function rowNumber(index: number) {
    return (page.value - 1) * pageSize.value + index + 1
  }

  return { filters, items, total, totalExact, page, pageSize, sort, loading, load, search, reset, onSortChange, onPageChange, onSizeChange, query, exportQuery, rowNumber }
}
