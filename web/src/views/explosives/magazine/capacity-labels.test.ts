import { describe, expect, it } from 'vitest'
import type { ExplosiveProduct } from '@/api/explosives/catalogue'
import { changeText, designDiffers, proposalOf, ratingText } from './capacity-labels'

const t = (key: string) => ({ 'magazine.ratedNetMass': '核定净药量', 'magazine.ratedPieces': '核定雷管', 'magazine.ratingMissing': '未核定库容' })[key] ?? key
const products = [{ id: 'shock_tube', label_zh: '导爆管', label_en: 'Shock tube', unit: 'm', unit_label_zh: '米', unit_label_en: 'm' }] as unknown as ExplosiveProduct[]

describe('capacity labels', () => {
  it('words a rating with its figures and units', () => {
    expect(ratingText(t, true, products, { rated_net_mass_kg: 1000, rated_pieces: 5000, product_limits: { shock_tube: 200 } })).toBe('核定净药量 1,000 kg；核定雷管 5,000；导爆管 200 米')
    expect(ratingText(t, true, products, { rated_net_mass_kg: null, rated_pieces: null, product_limits: {} })).toBe('未核定库容')
  })
  it('states a change as old → new', () => {
    expect(changeText(t, true, [], { rated_net_mass_kg: 100, rated_pieces: null, product_limits: {} }, { rated_net_mass_kg: 150, rated_pieces: null, product_limits: {} })).toBe('核定净药量 100 kg → 核定净药量 150 kg')
  })
  it('warns when the licence lists another design capacity', () => {
    const rating = { rated_net_mass_kg: 100, rated_pieces: null, product_limits: {} }
    expect(designDiffers(null, rating)).toBe(false)
    expect(designDiffers({ rated_net_mass_kg: 100, rated_pieces: null, licence_id: 1, licence_number: 'X', differs: false }, rating)).toBe(false)
    expect(designDiffers({ rated_net_mass_kg: 120, rated_pieces: null, licence_id: 1, licence_number: 'X', differs: true }, rating)).toBe(true)
    expect(designDiffers({ rated_net_mass_kg: 100, rated_pieces: 10, licence_id: 1, licence_number: 'X', differs: true }, rating)).toBe(true)
  })
  it('builds the proposal from the form, dropping incomplete product rows', () => {
    expect(proposalOf({ rated_net_mass_kg: 150 }, [{ product_id: 'shock_tube', quantity: 20 }, { product_id: '', quantity: 3 }, { product_id: 'x', quantity: undefined }])).toEqual({ rated_net_mass_kg: 150, rated_pieces: null, product_limits: { shock_tube: 20 } })
  })
})
