/**
 * Business references instead of internal ids: a voucher reads as its number (RK…), a stocktake as
 * its number (PD…), a hidden danger as its number (YH…), an enforcement inspection by its number (ZF…; its date when it has none). Each id is looked up once (cached per
 * page load); a record the user may not read shows "—", never "#242".
 */
import { http } from './request'
import { formatDate } from './format'

export type RefKind = 'voucher' | 'stocktake' | 'enforcement' | 'hidden_danger'

const PATHS: Record<RefKind, string> = { voucher: '/vouchers/', stocktake: '/stocktakes/', enforcement: '/enforcement-inspections/', hidden_danger: '/hidden-dangers/' }
const cache = new Map<string, Promise<string>>()

/** The words a person reads for the record: the fetched record's number (an inspection without one: its date). */
export function referenceOf(kind: RefKind, record: Record<string, unknown>): string {
  if (kind === 'enforcement' && !(typeof record.number === 'string' && record.number)) return typeof record.inspected_on === 'string' ? formatDate(record.inspected_on) : '—'
  return typeof record.number === 'string' && record.number ? record.number : '—'
}

export function resolveRef(kind: RefKind, id: number | string): Promise<string> {
  const key = `${kind}:${id}`
  let p = cache.get(key)
  if (!p) {
    p = http
      .get<Record<string, unknown>>(`${PATHS[kind]}${id}`, undefined, { silent: true })
      .then((r) => referenceOf(kind, r))
      .catch(() => '—')
    cache.set(key, p)
  }
  return p
}

/** Forgets the cached references (tests; after a change of user). */
export function clearRefCache(): void {
  cache.clear()
}
