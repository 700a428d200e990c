/** The civil-explosives product catalogue and the labelled code lists the ledger uses. */
import { http } from '@/utils/request'

export interface ExplosiveProduct {
  id: string
  kind: string
  label_zh: string
  label_en: string
  unit: string
  unit_label_zh?: string
  unit_label_en?: string
  storage_class: string
  net_explosive_mass_per_unit_kg: number
  coded: boolean
  ga441_codes: boolean
  /** The catalogue row (GET /products/{id}); the name with brand and specification; false once deactivated. */
  catalogue_id?: number
  brand?: string
  specification?: string
  display_name?: string
  active?: boolean
  owner?: 'deployment' | 'enterprise'
}

export interface LabeledValue {
  value: string
  label_zh: string
  label_en?: string
  directions?: string[]
}

export interface StorageClass {
  id: string
  label_zh: string
  label_en: string
}

export interface ProductCatalogue {
  items: ExplosiveProduct[]
  storage_rules?: { classes: StorageClass[]; mixing_groups: string[][] }
  store_kinds: LabeledValue[]
  reasons: LabeledValue[]
  conditions: LabeledValue[]
}

export function getExplosiveProducts() {
  return http.get<ProductCatalogue>('/explosive-products')
}
