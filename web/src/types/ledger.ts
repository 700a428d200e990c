/** Civil-explosives stores ledger (docs/api.md "Civil-explosives stores ledger"). */
import type { PageQuery } from './api'

export type Direction = 'in' | 'out' | 'transfer'

export interface ExplosiveProduct {
  id: string
  kind: string
  label_zh: string
  label_en: string
  unit: string
  unit_label_zh?: string
  unit_label_en?: string
  storage_class: string
  net_explosive_mass_per_unit_kg: number
  coded: boolean
  ga441_codes: boolean
}

export interface LabeledValue {
  value: string
  label_zh: string
  label_en?: string
  directions?: string[]
}

export interface ProductCatalogue {
  items: ExplosiveProduct[]
  store_kinds: LabeledValue[]
  reasons: LabeledValue[]
  conditions: LabeledValue[]
}

export interface Store {
  id: number
  enterprise_id: number
  enterprise_name: string
  name: string
  kind: string
  kind_label_zh: string
  rated_net_mass_kg: number | null
  rated_pieces: number | null
  product_limits: Record<string, number>
  status: string
  holds_non_normal_goods: boolean
  net_mass_kg: number
  pieces: number
  capacity_use_percent: number | null
  created_at: string
}

export interface StockItem {
  product_id: string
  label_zh: string
  unit: string
  quantity: number
  net_mass_kg: number
  code_count: number
  limit?: number
  limit_use_percent?: number
}

export interface StoreStock extends Store {
  code_count: number
  items: StockItem[]
}

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
}

export interface VoucherQuery extends PageQuery {
  store_id?: number | string
  direction?: string
  reason?: string
  from?: string
  to?: string
}

export interface SecondPerson {
  username: string
  password: string
}

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
  second_person: SecondPerson
}

export interface StoreForm {
  name: string
  kind: string
  rated_net_mass_kg?: number | null
  rated_pieces?: number | null
}
