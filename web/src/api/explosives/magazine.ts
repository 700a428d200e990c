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

/** Name, kind and rated limits; refused when a limit would fall below the stock. */
export function updateMagazine(id: number, data: MagazineForm & { product_limits?: Record<string, number> }) {
  return http.put<Magazine>(`/stores/${id}`, data, { silent: true })
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
