/** The product catalogue kept as data (民爆物品品种目录): the deployment's and the enterprises' own products. */
import type { PageQuery, Query } from '@/api/core/common'
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export type Product = Schema<'Product'>
export type ProductInput = Schema<'ProductInput'>
export type ProductKind = Schema<'ProductKind'>
export type ProductHistory = Schema<'ProductHistory'>
export type ProductChange = ProductHistory['items'][number]

export const PRODUCT_KINDS: ProductKind[] = [
  'industrial_explosive',
  'electronic_detonator',
  'detonator',
  'detonating_cord',
  'shock_tube',
  'black_powder',
  'semi_finished',
  'ammonium_nitrate',
  'raw_material',
]

export interface ProductQuery extends PageQuery {
  keyword?: string
  kind?: string
  status?: string
  owner?: string
}

export type ProductPage = Schema<'ProductPage'>

export function getProductPage(query: ProductQuery) {
  return http.get<ProductPage>('/products', query as Query)
}

export function createProduct(data: ProductInput) {
  return http.post<Product>('/products', data, { silent: true })
}

export function updateProduct(id: number, data: ProductInput) {
  return http.put<Product>(`/products/${id}`, data, { silent: true })
}

export function deactivateProduct(id: number) {
  return http.post<Product>(`/products/${id}/deactivate`, undefined, { silent: true })
}

export function activateProduct(id: number) {
  return http.post<Product>(`/products/${id}/activate`, undefined, { silent: true })
}

export function deleteProduct(id: number) {
  return http.delete<void>(`/products/${id}`, { silent: true })
}

export function getProductHistory(id: number) {
  return http.get<ProductHistory>(`/products/${id}/history`)
}
