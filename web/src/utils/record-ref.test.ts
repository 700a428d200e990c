import { afterEach, describe, expect, it, vi } from 'vitest'
import { clearRefCache, referenceOf, resolveRef } from './record-ref'

afterEach(() => {
  vi.unstubAllGlobals()
  clearRefCache()
})

describe('business references', () => {
  it('names a record by its number, an inspection by its date, never by its id', () => {
    expect(referenceOf('voucher', { id: 242, number: 'RK20261206001' })).toBe('RK20261206001')
    expect(referenceOf('stocktake', { id: 6, number: 'PD20261206002' })).toBe('PD20261206002')
    expect(referenceOf('enforcement', { id: 3, inspected_on: '2026-12-06' })).toBe('2026年12月6日')
    expect(referenceOf('enforcement', { id: 3, number: 'ZF20261206-000003', inspected_on: '2026-12-06' })).toBe('ZF20261206-000003')
    expect(referenceOf('hidden_danger', { id: 42, number: 'YH20261206-000042' })).toBe('YH20261206-000042')
    expect(referenceOf('voucher', { id: 242 })).toBe('—')
  })

  it('looks each id up once and shows a dash when it cannot be read', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('/vouchers/242')
        ? new Response(JSON.stringify({ id: 242, number: 'RK1' }), { status: 200 })
        : new Response('{"code":"not_found","message":"x"}', { status: 404 }),
    )
    vi.stubGlobal('fetch', fetch)
    expect(await resolveRef('voucher', 242)).toBe('RK1')
    expect(await resolveRef('voucher', 242)).toBe('RK1')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(await resolveRef('voucher', 243)).toBe('—')
  })
})
