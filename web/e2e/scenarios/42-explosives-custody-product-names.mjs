// Civil-explosives custody and product names: only a store's assigned storekeeper counts it (someone else is
// refused with the rule's message), the printed daily summary names who signed the day, in which
// capacity and when, the loss incident and the stocktake variance show product names instead of product ids.
import { BASE, PASSWORD, check, confirmBox, newPage, shot, login, scenario, apiCall as call, errorRules as rules, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()
const storeName = `E2E 日清库 ${stamp}`
let storeId = null

/** Today in China Standard Time, as the summaries count days. */
const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)

await scenario('cu0: a store of its own with mb.keeper assigned and one inbound today', async () => {
  storeId = (await storeWithKeeper({ name: storeName, kind: 'main_magazine', rated_net_mass_kg: 500 })).id
  const booked = await call('mb.keeper', 'POST', '/vouchers', {
    store_id: storeId,
    direction: 'in',
    reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 40, condition: 'normal', batch: 'E2E' }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  check(booked.status === 201, `inbound posted: ${booked.status} ${JSON.stringify(booked.body)}`)
})

await scenario('cu1: mb.safety, not the storekeeper, is refused a stocktake with the rule\'s message', async () => {
  check(storeId, 'needs g0')
  const api = await call('mb.safety', 'POST', '/stocktakes', { store_id: storeId, codes: [], quantities: { industrial_explosive: 40 } })
  check(api.status === 422 && rules(api).includes('storekeeper_not_assigned'), `API refuses: ${api.status} ${JSON.stringify(api.body)}`)
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/ledger/stocktakes/new?store_id=${storeId}`)
  await page.locator('[data-testid="stocktake-qty-industrial_explosive"]').waitFor()
  await page.locator('[data-testid="stocktake-qty-industrial_explosive"] input').fill('40')
  const posted = page.waitForResponse((r) => r.url().includes('/api/v1/stocktakes') && r.request().method() === 'POST')
  await page.locator('[data-testid="stocktake-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 422, `refused: ${res.status()}`)
  await page.locator('[data-testid="voucher-errors"]').getByText('只有该库房指定的保管员才能盘点该库房').first().waitFor()
  check(page.url().includes('/ledger/stocktakes/new'), `stays on the form: ${page.url()}`)
  await shot(page, 'cu1-stocktake-not-storekeeper')
  // The assigned storekeeper counts the same store.
  const ok = await call('mb.keeper', 'POST', '/stocktakes', { store_id: storeId, codes: [], quantities: { industrial_explosive: 40 } })
  check(ok.status === 201 && ok.body.matches === true, `the storekeeper counts: ${ok.status} ${JSON.stringify(ok.body)}`)
})

await scenario('cu2: the daily summary (screen and print) names the signer, capacity and time; a correction shows the latest', async () => {
  check(storeId, 'needs g0')
  const signed = await call('mb.keeper', 'POST', `/stores/${storeId}/daily-closes`, { date: today, note: 'E2E 日清' })
  check(signed.status === 201, `signed: ${signed.status} ${JSON.stringify(signed.body)}`)
  const keeperName = signed.body.latest.signed_by.display_name
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/stores/${storeId}/summary?period=day&date=${today}`)
  const signer = page.locator('[data-testid="summary-signer"]')
  await signer.waitFor()
  check((await signer.textContent()).includes(keeperName), `signer on the sheet: ${await signer.textContent()}`)
  check((await page.locator('[data-testid="summary-signer-role"]').textContent()).includes('保管员'), 'capacity: storekeeper')
  // The print view keeps the signature and drops the signing panel.
  await page.emulateMedia({ media: 'print' })
  check(await signer.isVisible(), 'the signature prints')
  check(!(await page.locator('[data-testid="daily-close-panel"]').isVisible()), 'the signing panel does not print')
  await shot(page, 'cu2-summary-print-signed')
  await page.emulateMedia({ media: 'screen' })

  // The safety officer's correction after a later movement: the sheet shows the latest.
  const more = await call('mb.keeper', 'POST', '/vouchers', {
    store_id: storeId,
    direction: 'in',
    reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 1, condition: 'normal', batch: 'E2E' }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  check(more.status === 201, `second inbound: ${more.status}`)
  const again = await call('mb.safety', 'POST', `/stores/${storeId}/daily-closes`, { date: today })
  check(again.status === 201, `corrected: ${again.status} ${JSON.stringify(again.body)}`)
  await page.reload()
  await page.locator('[data-testid="summary-corrected"]').waitFor()
  check((await page.locator('[data-testid="summary-signer"]').textContent()).includes(again.body.latest.signed_by.display_name), 'the latest signer')
  check((await page.locator('[data-testid="summary-signer-role"]').textContent()).includes('安全管理人员'), 'capacity: safety officer')
  await shot(page, 'cu2-summary-corrected')
})

await scenario('cu3: the loss incident shows product names, not ids', async () => {
  check(storeId, 'needs g0')
  const reported = await call('mb.keeper', 'POST', '/loss-incidents', {
    store_id: storeId,
    description: `E2E 产品名称 ${stamp}`,
    codes: [],
    quantities: { industrial_explosive: 2 },
  })
  check(reported.status === 201, `loss reported: ${reported.status} ${JSON.stringify(reported.body)}`)
  check(reported.body.quantity_items?.[0]?.product_name === '工业炸药', `product_name answered: ${JSON.stringify(reported.body.quantity_items)}`)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/loss-incidents/${reported.body.id}`)
  const codes = page.locator('[data-testid="loss-codes"]')
  await codes.locator('[data-testid="loss-quantity"]').first().waitFor()
  const text = await codes.textContent()
  check(text.includes('工业炸药') && !text.includes('industrial_explosive'), `names, not ids: ${text}`)
  await shot(page, 'cu3-loss-product-names')
  // The demo's stocktake incident: its missing detonator codes carry the product name.
  const list = await call('zoucheng', 'GET', '/loss-incidents?status=closed&page_size=50')
  const demo = (list.body.items || []).find((i) => i.source === 'stocktake')
  check(demo, `a demo stocktake incident: ${JSON.stringify(list.body).slice(0, 200)}`)
  await page.goto(`${BASE}/ledger/loss-incidents/${demo.id}`)
  await page.locator('[data-testid="loss-code-product"]').first().waitFor()
  const names = await page.locator('[data-testid="loss-code-product"]').allTextContents()
  check(names.length > 0 && names.every((n) => n && !n.includes('_')), `code products named: ${names.join(', ')}`)
  await shot(page, 'cu3-loss-codes-named')
})

await scenario('cu4: the stocktake variance shows each missing code with its product name', async () => {
  // A stocktake that found detonators missing and opened a loss incident (the demo's, or l2's).
  const list = await call('zoucheng', 'GET', '/loss-incidents?page_size=50')
  const incident = (list.body.items || []).find((i) => i.source === 'stocktake' && i.stocktake_id)
  check(incident, `a demo stocktake incident: ${JSON.stringify(list.body).slice(0, 200)}`)
  const variance = await call('zoucheng', 'GET', `/stocktakes/${incident.stocktake_id}`)
  check(variance.status === 200 && variance.body.missing_codes?.length > 0, `missing codes: ${variance.status}`)
  check(
    variance.body.missing_code_product_ids?.length === variance.body.missing_codes.length,
    `a product id per missing code: ${JSON.stringify(variance.body.missing_code_product_ids)}`,
  )
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/stocktakes/${incident.stocktake_id}`)
  const items = page.locator('[data-testid="stocktake-missing"] [data-testid="stocktake-missing-code"]')
  await items.first().waitFor()
  check((await items.count()) === variance.body.missing_codes.length, `every missing code listed: ${await items.count()}`)
  const first = await items.first().textContent()
  check(first.includes(variance.body.missing_codes[0]), `the code: ${first}`)
  const names = await page.locator('[data-testid="stocktake-missing"] [data-testid="stocktake-code-product"]').allTextContents()
  check(names.length === variance.body.missing_codes.length, `a product per code: ${names.length}`)
  check(names.every((n) => n.trim() && !n.includes('_')), `names, not ids: ${names.slice(0, 5).join(', ')}`)
  check(names.some((n) => n.includes('电子雷管')), `the detonators named: ${names.slice(0, 5).join(', ')}`)
  await shot(page, 'cu4-variance-code-products')
})
