/** How many rows a scoped list has (its `total`, one row fetched), or null when it cannot be read. */
import type { Query } from './common'
import { http } from '@/utils/request'

export function countOf(path: string, query: Query): Promise<number | null> {
  return http
    .get<{ total: number }>(path, { ...query, page: 1, page_size: 1 }, { silent: true })
    .then((r) => r.total)
    .catch(() => null)
}
