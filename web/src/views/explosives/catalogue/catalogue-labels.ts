/** Pure helpers of the product catalogue page: who may change a row, and what a history entry changed. */
import type { Product } from '@/api/explosives/product'

/** The owner changes a product: the enterprise its own, the system administrator the deployment's. */
export function canChange(p: Pick<Product, 'owner' | 'owner_enterprise_id'>, me: { enterpriseId: number | null; manageLedger: boolean; manageDeployment: boolean }): boolean {
  if (p.owner === 'deployment') return me.enterpriseId === null && me.manageDeployment
  return me.manageLedger && me.enterpriseId !== null && p.owner_enterprise_id === me.enterpriseId
}

/** The fields a change altered, in the order the form shows them. */
const FIELDS = ['name', 'kind', 'brand', 'specification', 'manufacturer', 'unit', 'net_mass_per_unit_g', 'storage_class', 'coded', 'status'] as const
export type ChangedField = (typeof FIELDS)[number]

export function changedFields(before: Record<string, unknown> | null | undefined, after: Record<string, unknown> | null | undefined): ChangedField[] {
  if (!before || !after) return []
  return FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
}
