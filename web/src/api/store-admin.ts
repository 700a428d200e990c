import { http } from '@/utils/request'
import type { Store, StoreForm } from '@/types/ledger'

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
export function updateStore(id: number, data: StoreForm & { product_limits?: Record<string, number> }) {
  return http.put<Store>(`/stores/${id}`, data, { silent: true })
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
