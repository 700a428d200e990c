/** Packaging (箱 → 盒 → 雷管编码): register cases and boxes, look one up. */
import { http } from '@/utils/request'

export interface PackageInfo {
  code: string
  kind: 'case' | 'box'
  case_code: string | null
  product_id: string
  code_count: number
  enterprise_name: string
  boxes?: { code: string; code_count: number }[]
  codes: string[]
}

export interface PackagingForm {
  case_code?: string
  product_id: string
  boxes: ({ box_code: string; codes: string[] } | { box_code: string; first_code: string; count: number })[]
}

export function registerPackaging(data: PackagingForm) {
  return http.post<PackageInfo>('/packages', data, { silent: true })
}

export function getPackage(code: string) {
  return http.get<PackageInfo>(`/packages/${encodeURIComponent(code)}`, undefined, { silent: true })
}
