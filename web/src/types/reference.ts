export interface Region {
  code: string
  name: string
  kind: 'province' | 'city' | 'county' | 'zone'
  parent_code: string | null
  level: number
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

export interface IndustryCode {
  code: string
  name_zh: string
  name_en: string
}

export interface Agency {
  id: number
  name: string
  region_code: string
  region_name: string
  kind: string
  phone?: string
  status?: 'active' | 'inactive'
  created_at?: string
}
