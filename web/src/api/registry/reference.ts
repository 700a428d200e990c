/** Reference data: regions (行政区划), dictionaries (数据字典), GB/T 4754 industry codes. */
import type { Schema } from '@/api/core/schema'
import { http } from '@/utils/request'

export interface Region {
  code: string
  name: string
  kind: 'country' | 'province' | 'city' | 'county' | 'zone'
  parent_code: string | null
  level: number
  name_en?: string
  status?: 'active' | 'inactive'
}

export interface DictItem {
  value: string
  label_zh: string
  label_en: string
}

export interface IndustryItem extends DictItem {
  supervision: 'supervision' | 'industry_management'
}

export interface Dictionaries {
  industries: IndustryItem[]
  supervision_types: DictItem[]
  enterprise_statuses: DictItem[]
  scales: DictItem[]
  roles: DictItem[]
  responsibility_kinds: DictItem[]
  notice_recipient_statuses: DictItem[]
  [name: string]: DictItem[]
}

export type DictName = keyof Dictionaries & string

export type IndustryCode = Schema<'IndustryCode'>

export function getRegions() {
  return http.get<{ items: Region[] }>('/regions')
}

export function getDictionaries() {
  return http.get<Dictionaries>('/dictionaries')
}

export function searchIndustryCodes(q: string) {
  return http.get<{ items: IndustryCode[] }>('/industry-codes', { q })
}
