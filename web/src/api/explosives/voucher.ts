/** Vouchers (出入库单): movements in, out and between magazines, reversal, detonator-code trace. */
import type { Schema } from '@/api/core/schema'
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type Direction = 'in' | 'out' | 'transfer'

export interface PersonRef {
  id: number
  display_name: string
}

export interface VoucherLine {
  line_no: number
  product_id: string
  label_zh: string
  unit: string
  quantity: number
  condition: string
  batch: string
  code_count: number
  codes: string[]
}

export interface Voucher {
  id: number
  number: string
  enterprise_id: number
  store_id: number
  store_name: string
  target_store_id: number | null
  target_store_name: string | null
  direction: Direction
  reason: string
  reason_label_zh: string
  reversal: boolean
  reverses_voucher_id: number | null
  reversed_by_voucher_id: number | null
  storekeeper: PersonRef
  second_person: PersonRef
  posted_at: string
  hash: string
  prev_hash: string
  code_count: number
  line_count?: number
  lines?: VoucherLine[]
  /** The buyer of a sale, the seller of a purchase, the transport of a transfer in or out (art. 24). */
  counterparty?: Counterparty | null
  counterparty_role?: Schema<'Voucher'>['counterparty_role']
}

export type CounterpartyRole = '' | 'buyer' | 'seller' | 'transport'

export type Counterparty = NonNullable<Schema<'Counterparty'>>

/** Which counterparty a voucher names (as the server's counterparty_rules decide). */
export function counterpartyRoleOf(direction: Direction, reason: string): CounterpartyRole {
  if (direction === 'out' && reason === 'sale') return 'buyer'
  if (direction === 'in' && reason === 'purchase') return 'seller'
  if ((direction === 'in' && reason === 'transfer_in') || (direction === 'out' && reason === 'transfer_out')) return 'transport'
  return ''
}

export interface VoucherQuery extends PageQuery {
  store_id?: number | string
  direction?: string
  reason?: string
  from?: string
  to?: string
}

export type SecondPerson = Schema<'SecondPerson'>

export interface CodeMove {
  voucher_id: number
  voucher_number: string
  direction: Direction
  reason: string
  reversal: boolean
  product_id: string
  enterprise_id: number
  enterprise_name: string
  from_store: { id: number; name: string } | null
  to_store: { id: number; name: string } | null
  at: string
}

export interface CodeTrace {
  code: string
  ga441_valid: boolean
  in_stock?: boolean
  current_store: { id: number; name: string; enterprise_id: number; enterprise_name: string } | null
  history: CodeMove[]
}

export interface VoucherLineForm {
  product_id: string
  quantity?: number
  codes?: string[]
  condition: string
  batch: string
}

export interface VoucherForm {
  store_id: number
  direction: Direction
  reason: string
  target_store_id?: number
  lines: VoucherLineForm[]
  counterparty?: Schema<'VoucherInput'>['counterparty']
  /** A destruction's record: the reported destruction plan it executes and its supervisor (条例 art. 43). */
  destruction?: Schema<'VoucherInput'>['destruction']
  second_person: SecondPerson
}

export function getVoucherPage(query: VoucherQuery) {
  return http.get<ListResult<Voucher>>('/vouchers', query as Query)
}

export function getVoucher(id: number | string) {
  return http.get<Voucher>(`/vouchers/${id}`)
}

export function reverseVoucher(id: number, secondPerson: SecondPerson) {
  return http.post<Voucher>(`/vouchers/${id}/reversal`, { second_person: secondPerson }, { silent: true })
}

export function traceDetonatorCode(code: string) {
  return http.get<CodeTrace>(`/detonator-codes/${encodeURIComponent(code)}`, undefined, { silent: true })
}

export function createVoucher(data: VoucherForm) {
  return http.post<Voucher>('/vouchers', data, { silent: true })
}
