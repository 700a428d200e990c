import type { PageQuery } from './api'

export type OwnerKind = 'agency' | 'enterprise'

export interface Responsibility {
  id: number
  owner_kind: OwnerKind
  agency_id: number | null
  enterprise_id: number | null
  owner_name: string
  region_code: string
  person_name: string
  position: string
  unit_name: string
  kind: string
  phone: string
  duties: string
  status: string
}

export interface ResponsibilityQuery extends PageQuery {
  owner_kind?: string
  agency_id?: number
  enterprise_id?: number
  region_code?: string
  kind?: string
  q?: string
}

export interface ResponsibilityForm {
  owner_kind: OwnerKind
  agency_id: number | null
  enterprise_id: number | null
  person_name: string
  position: string
  unit_name: string
  kind: string
  phone: string
  duties: string
}
