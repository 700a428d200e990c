/** The words of a rated capacity (核定储量) and of its change, shared by the store page and the regulator's review list (issue 15 §1). */
import type { ExplosiveProduct } from '@/api/explosives/catalogue'
import type { LicenceDesign, StoreRating } from '@/api/explosives/magazine'
import { formatNumber } from '@/utils/format'

type T = (key: string, values?: Record<string, unknown>) => string

/** 净药量 1,000 kg；雷管 1,000 发；per-product limits by label and unit; 未核定库容 when none. */
export function ratingText(t: T, zh: boolean, products: ExplosiveProduct[], r: StoreRating): string {
  const parts: string[] = []
  if (r.rated_net_mass_kg !== null && r.rated_net_mass_kg !== undefined) parts.push(`${t('magazine.ratedNetMass')} ${formatNumber(r.rated_net_mass_kg)} kg`)
  if (r.rated_pieces !== null && r.rated_pieces !== undefined) parts.push(`${t('magazine.ratedPieces')} ${formatNumber(r.rated_pieces)}`)
  for (const [id, q] of Object.entries(r.product_limits ?? {})) {
    const p = products.find((x) => x.id === id)
    const unit = p ? ((zh ? p.unit_label_zh : p.unit_label_en) ?? p.unit) : ''
    parts.push(`${p ? (zh ? p.label_zh : p.label_en) : id} ${formatNumber(q)}${unit ? ` ${unit}` : ''}`)
  }
  return parts.length ? parts.join('；') : t('magazine.ratingMissing')
}

/** "净药量 100 kg → 净药量 150 kg": the figures a confirmation states. */
export function changeText(t: T, zh: boolean, products: ExplosiveProduct[], from: StoreRating, to: StoreRating): string {
  return `${ratingText(t, zh, products, from)} → ${ratingText(t, zh, products, to)}`
}

/** True when the licence's design capacity and the rated limit name different figures (the server says the same in `differs`). */
export function designDiffers(design: LicenceDesign | null | undefined, rating: StoreRating): boolean {
  if (!design) return false
  return (design.rated_net_mass_kg ?? null) !== (rating.rated_net_mass_kg ?? null) || (design.rated_pieces ?? null) !== (rating.rated_pieces ?? null)
}

/** The proposal of the request form: measures left empty are not rated; product rows without a product or figure are dropped. */
export function proposalOf(form: { rated_net_mass_kg?: number | null; rated_pieces?: number | null }, rows: { product_id: string; quantity: number | undefined | null }[]): StoreRating {
  const product_limits: Record<string, number> = {}
  for (const r of rows) if (r.product_id && r.quantity !== undefined && r.quantity !== null) product_limits[r.product_id] = r.quantity
  return { rated_net_mass_kg: form.rated_net_mass_kg ?? null, rated_pieces: form.rated_pieces ?? null, product_limits }
}

/** The tag type of a request's status. */
export const STATUS_TAG: Record<string, 'warning' | 'success' | 'danger'> = { pending: 'warning', approved: 'success', rejected: 'danger' }
