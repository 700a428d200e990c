/** Magazines (库房; the wire format says "store"): records, stock, rated limits, storekeepers. */
import { http } from '@/utils/request'

export interface Magazine {
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
  /** No rated capacity (a store created before every store needed one): shown as 未核定库容. */
  rating_missing?: boolean
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

export interface MagazineStock extends Magazine {
  code_count: number
  items: StockItem[]
}

export interface MagazineForm {
  name: string
  kind: string
  rated_net_mass_kg?: number | null
  rated_pieces?: number | null
}

export function getMagazines() {
  return http.get<{ items: Magazine[] }>('/stores')
}

export function getMagazine(id: number | string) {
  return http.get<Magazine>(`/stores/${id}`)
}

export function getMagazineStock(id: number | string) {
  return http.get<MagazineStock>(`/stores/${id}/stock`)
}

export function createMagazine(data: MagazineForm) {
  return http.post<Magazine>('/stores', data, { silent: true })
}

export interface StorekeeperRef {
  user_id: number
  username: string
  display_name: string
  assigned_at?: string
}

export interface StorekeeperAssignment {
  id: number
  user_id: number
  display_name: string
  assigned_at: string
  assigned_by: string | null
  unassigned_at: string | null
  unassigned_by: string | null
}

export interface Storekeepers {
  store_id: number
  items: StorekeeperRef[]
  history: StorekeeperAssignment[]
  candidates: StorekeeperRef[]
}

/** The approving document of a change of the rated capacity (核定库容, GB 50089 design). */
export interface CapacityApproval {
  document_number: string
  issuer: string
  approved_on: string
  file_id?: number
}

export interface StoreRating {
  rated_net_mass_kg: number | null
  rated_pieces: number | null
  product_limits: Record<string, number>
}

export interface CapacityChange {
  id: number
  store_id: number
  old: StoreRating
  new: StoreRating
  document_number: string
  issuer: string
  approved_on: string
  file_id: number | null
  changed_by: number
  changed_by_name: string
  changed_at: string
}

/** Name, kind and rated limits; refused when a limit would fall below the stock; a changed rating needs `capacity_approval`. */
export function updateMagazine(id: number, data: MagazineForm & { product_limits?: Record<string, number>; capacity_approval?: CapacityApproval }) {
  return http.put<Magazine>(`/stores/${id}`, data, { silent: true })
}

/** The store's rated-capacity changes, oldest first. */
export function getCapacityHistory(id: number | string) {
  return http.get<{ store_id: number; items: CapacityChange[] }>(`/stores/${id}/capacity-history`)
}

export function getStorekeepers(storeId: number) {
  return http.get<Storekeepers>(`/stores/${storeId}/storekeepers`)
}

export function assignStorekeeper(storeId: number, userId: number) {
  return http.post<Storekeepers>(`/stores/${storeId}/storekeepers`, { user_id: userId }, { silent: true })
}

export function unassignStorekeeper(storeId: number, userId: number) {
  return http.post<Storekeepers>(`/stores/${storeId}/storekeepers/${userId}/unassignment`, {}, { silent: true })
}
