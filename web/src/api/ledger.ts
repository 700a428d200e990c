import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { CodeTrace, ProductCatalogue, SecondPerson, Store, StoreStock, Voucher, VoucherForm, VoucherQuery, StoreForm } from '@/types/ledger'

export function getExplosiveProducts() {
  return http.get<ProductCatalogue>('/explosive-products')
}

export function getStores() {
  return http.get<{ items: Store[] }>('/stores')
}

export function getStore(id: number | string) {
  return http.get<Store>(`/stores/${id}`)
}

export function getStoreStock(id: number | string) {
  return http.get<StoreStock>(`/stores/${id}/stock`)
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

export function createStore(data: StoreForm) {
  return http.post<Store>('/stores', data, { silent: true })
}
