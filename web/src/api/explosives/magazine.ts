/** Magazines (库房; the wire format says "store"): records, stock, rated limits, storekeepers. */
import type { ListResult, PageQuery, Query } from '@/api/core/common'
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
  /** The first rating, entered at creation, awaits the regulator's approval: shown as 待核定. */
  rating_pending?: boolean
  /** GET /stores/{id} only: the design capacity the licence in force lists; `differs` warns. */
  licence_design?: LicenceDesign | null
  net_mass_kg: number
  pieces: number
  capacity_use_percent: number | null
  created_at: string
}

export interface LicenceDesign {
  rated_net_mass_kg: number | null
  rated_pieces: number | null
  licence_id: number
  licence_number: string
  differs: boolean
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
  /** The design document of the first rating (待核定 until approved). */
  design_file_id?: number
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

/** Name and kind; the rated limits change only through an approved capacity request (issue 15 §1). */
export function updateMagazine(id: number, data: { name: string; kind: string }) {
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

/** 库房核定储量变更申请 (issue 15 §1): filed by the enterprise, decided by the regulator. */
export type CapacityRequestStatus = 'pending' | 'approved' | 'rejected'
export const CAPACITY_REQUEST_STATUSES: CapacityRequestStatus[] = ['pending', 'approved', 'rejected']

export interface CapacityRequest {
  id: number
  store_id: number
  store_name: string
  enterprise_id: number
  enterprise_name: string
  kind: 'change' | 'initial'
  status: CapacityRequestStatus
  status_label_zh: string
  old: StoreRating
  new: StoreRating
  design_file_id: number | null
  reason: string
  requested_by_name: string
  requested_at: string
  decided_by_name: string | null
  decided_at: string | null
  decision_agency_name: string | null
  document_number: string | null
  approved_on: string | null
  approval_file_id: number | null
  rejection_reason: string | null
  change_id: number | null
}

export interface CapacityRequestQuery extends PageQuery {
  status?: string
  store_id?: number | string
  enterprise_id?: number | string
}

export interface CapacityRequestForm {
  rated_net_mass_kg?: number | null
  rated_pieces?: number | null
  product_limits?: Record<string, number>
  design_file_id?: number
  reason: string
}

export type CapacityDecision =
  | { decision: 'approve'; document_number: string; approved_on: string; file_id?: number }
  | { decision: 'reject'; reason: string }

export function getCapacityRequestPage(query: CapacityRequestQuery) {
  return http.get<ListResult<CapacityRequest>>('/store-capacity-requests', query as Query)
}

export function getStoreCapacityRequests(storeId: number | string) {
  return http.get<{ store_id: number; items: CapacityRequest[] }>(`/stores/${storeId}/capacity-requests`)
}

export function requestCapacityChange(storeId: number, data: CapacityRequestForm) {
  return http.post<CapacityRequest>(`/stores/${storeId}/capacity-requests`, data, { silent: true })
}

export function decideCapacityRequest(id: number, data: CapacityDecision) {
  return http.post<CapacityRequest>(`/store-capacity-requests/${id}/decision`, data, { silent: true })
}
