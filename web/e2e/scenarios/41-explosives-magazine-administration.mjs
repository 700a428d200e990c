// Civil-explosives ledger administration: a per-product limit requested with its design document
// and approved by the regulator (issue 15 §1: the enterprise no longer sets its own rating), storekeeper
// assignment (a store without one and someone not assigned are refused), an Excel export, the
// manual loss report, signing a daily summary (日清), and the ledger pages at phone width.
import { request } from 'playwright-core'
import { BASE, PASSWORD, check, confirmBox, newPage, shot, login, field, pickSelectOption, scenario, apiCall as call, errorRules as rules } from '../lib.mjs'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

/** Uploads a PDF as `username` through the API; the stored file's id. */
async function uploadAs(username, name) {
  const ctx = await request.newContext()
  try {
    const signIn = await ctx.post(`${BASE}/api/v1/auth/login`, { data: { username, password: PASSWORD } })
    const { token } = await signIn.json()
    const res = await ctx.fetch(`${BASE}/api/v1/files`, { method: 'POST', data: PDF, headers: { Authorization: `Bearer ${token}`, 'X-Filename': encodeURIComponent(name), 'Content-Type': 'application/pdf' } })
    check(res.status() === 201, `upload ${name}: ${res.status()}`)
    return (await res.json()).id
  } finally {
    await ctx.dispose()
  }
}

/** The date in China today (YYYY-MM-DD), the approval's date. */
const todayInChina = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)

const stamp = Date.now()
const storeName = `E2E 专人库 ${stamp}`
let storeId = null


function inbound(kg, second = 'mb.safety') {
  return {
    store_id: storeId,
    direction: 'in',
    reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: kg, condition: 'normal', batch: 'E2E' }],
    second_person: { username: second, password: PASSWORD },
  }
}

await scenario('a1: a store without a storekeeper takes nothing; a per-product limit is requested with its design document, approved by the regulator, and mb.keeper assigned', async () => {
  const created = await call('mb.principal', 'POST', '/stores', { name: storeName, kind: 'main_magazine', rated_net_mass_kg: 500 })
  check(created.status === 201, `store created: ${created.status}`)
  storeId = created.body.id
  check(created.body.rating_pending === true, `the first rating is 待核定: ${JSON.stringify(created.body)}`)
  const first = await call('zoucheng', 'GET', `/store-capacity-requests?status=pending&store_id=${storeId}`)
  check(first.status === 200 && first.body.items.length === 1, `the first rating awaits the regulator: ${JSON.stringify(first.body)}`)
  const firstOk = await call('zoucheng', 'POST', `/store-capacity-requests/${first.body.items[0].id}/decision`, { decision: 'approve', document_number: `邹应急民爆〔2026〕${stamp % 1000}号`, approved_on: todayInChina(), file_id: await uploadAs('zoucheng', '首次核定批复.pdf') })
  check(firstOk.status === 200, `first rating approved: ${firstOk.status} ${JSON.stringify(firstOk.body)}`)
  const refused = await call('mb.keeper', 'POST', '/vouchers', inbound(10))
  check(refused.status === 422 && rules(refused).includes('store_has_no_storekeeper'), `no storekeeper: ${refused.status} ${JSON.stringify(refused.body)}`)
  // The enterprise can no longer set its rating by editing the store.
  const edited = await call('mb.principal', 'PUT', `/stores/${storeId}`, { name: storeName, kind: 'main_magazine', rated_net_mass_kg: 500, product_limits: { industrial_explosive: 200 } })
  check(edited.status === 422 && rules(edited).includes('capacity_regulator_approval_required'), `edit of the rating refused: ${edited.status} ${JSON.stringify(edited.body)}`)

  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/stores/${storeId}`)
  await page.locator('[data-testid="storekeeper-none"]').waitFor()
  await page.locator('[data-testid="capacity-request-open"]').click()
  const dialog = page.locator('[data-testid="capacity-request-dialog"]')
  await dialog.waitFor()
  await dialog.getByRole('button', { name: '添加品种限量' }).click()
  await pickSelectOption(page, dialog.locator('.limit-row').first(), '工业', '工业炸药')
  await dialog.locator('.limit-row .el-input-number input').first().fill('200')
  // Without the design document and the reason the request is refused in words.
  const refusedSave = page.waitForResponse((r) => r.url().endsWith(`/api/v1/stores/${storeId}/capacity-requests`) && r.request().method() === 'POST')
  await page.locator('[data-testid="capacity-request-submit"]').click()
  await confirmBox(page)
  const refusedRes = await refusedSave
  check(refusedRes.status() === 422, `no design document refused: ${refusedRes.status()}`)
  await dialog.locator('.el-form-item', { has: page.locator('[data-testid="capacity-request-reason"]') }).locator('.el-form-item__error', { hasText: '必填' }).waitFor()
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await dialog.locator('[data-testid="capacity-request-design"] input[type="file"]').setInputFiles({ name: '专人库设计.pdf', mimeType: 'application/pdf', buffer: PDF })
  check((await uploaded).status() === 201, 'design document uploaded')
  await field(page, 'capacity-request-reason').fill('按批准的设计增设工业炸药分品种限量')
  await shot(page, 'a1-capacity-request')
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/stores/${storeId}/capacity-requests`) && r.request().method() === 'POST')
  await page.locator('[data-testid="capacity-request-submit"]').click()
  await confirmBox(page)
  const res = await saved
  check(res.status() === 201, `request filed: ${res.status()} ${await res.text()}`)
  const requestId = (await res.json()).id
  await page.locator('[data-testid="capacity-request-pending"]').waitFor()
  // Until the regulator approves the store keeps its rating.
  let store = await call('mb.keeper', 'GET', `/stores/${storeId}`)
  check(store.body.product_limits?.industrial_explosive === undefined, `no per-product limit before approval: ${JSON.stringify(store.body.product_limits)}`)
  // The supervising regulator was notified and approves with its document.
  const inbox = await call('zoucheng', 'GET', '/notifications')
  check(JSON.stringify(inbox.body).includes(`store_id=${storeId}`), `regulator notified: ${JSON.stringify(inbox.body).slice(0, 300)}`)
  const documentNumber = `邹应急民爆〔2026〕${(stamp % 1000) + 1}号`
  const approved = await call('zoucheng', 'POST', `/store-capacity-requests/${requestId}/decision`, { decision: 'approve', document_number: documentNumber, approved_on: todayInChina(), file_id: await uploadAs('zoucheng', '分品种限量批复.pdf') })
  check(approved.status === 200, `approved: ${approved.status} ${JSON.stringify(approved.body)}`)
  store = await call('mb.keeper', 'GET', `/stores/${storeId}`)
  check(store.body.product_limits?.industrial_explosive === 200, `per-product limit stored: ${JSON.stringify(store.body.product_limits)}`)
  // The change is in the store's capacity history, shown on the page with its document.
  await page.reload()
  await page.locator('[data-testid="capacity-history"]').getByText(documentNumber).first().waitFor()
  await shot(page, 'a1-capacity-history')
  const history = await call('zoucheng', 'GET', `/stores/${storeId}/capacity-history`)
  check(history.status === 200 && history.body.items.length === 2 && history.body.items[1].new.product_limits.industrial_explosive === 200, `regulator reads the history: ${JSON.stringify(history.body)}`)

  await pickSelectOption(page, page.locator('[data-testid="storekeepers-card"]'), 'keeper', 'mb.keeper')
  await page.locator('[data-testid="storekeeper-assign"]').click()
  await page.locator('[data-testid="storekeeper-tag"]', { hasText: 'mb.keeper' }).waitFor()
  await shot(page, 'a1-storekeeper-assigned')
  const booked = await call('mb.keeper', 'POST', '/vouchers', inbound(100))
  check(booked.status === 201, `the assigned storekeeper posts: ${booked.status} ${JSON.stringify(booked.body)}`)
  // Above the per-product limit: refused naming it.
  const over = await call('mb.keeper', 'POST', '/vouchers', inbound(150))
  check(over.status === 422 && rules(over).includes('capacity_product_quantity'), `per-product limit enforced: ${JSON.stringify(over.body)}`)
})

await scenario('a2: mb.safety, not the storekeeper, is refused in the voucher form naming the rule', async () => {
  check(storeId, 'needs a1')
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}`)
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '生产', '生产入库')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '工业', '工业炸药')
  await page.locator('[data-testid="voucher-line-0"] .el-input-number input').first().fill('5')
  await field(page, 'second-username').fill('mb.keeper')
  await field(page, 'second-password').fill(PASSWORD)
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 422, `refused: ${res.status()}`)
  await page.getByText('只有该库房指定的保管员').first().waitFor()
  await shot(page, 'a2-not-storekeeper-refused')
})

await scenario('a3: the stocktake list downloads as an Excel file', async () => {
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/stocktakes`)
  await page.locator('[data-testid="export-button"]').waitFor()
  const download = page.waitForEvent('download')
  await page.locator('[data-testid="export-button"]').click()
  const file = await download
  check(file.suggestedFilename().endsWith('.xlsx'), `downloaded ${file.suggestedFilename()}`)
  const path = await file.path()
  check(Boolean(path), 'the download completed')
})

await scenario('a4: mb.keeper reports a loss by hand; the incident opens', async () => {
  check(storeId, 'needs a1')
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/loss-incidents`)
  await page.locator('[data-testid="loss-report"]').click()
  await page.locator('[data-testid="loss-report-dialog"]').waitFor()
  await pickSelectOption(page, page.locator('[data-testid="loss-report-dialog"]').locator('.el-form-item').first(), '专人库', storeName)
  await field(page, 'loss-report-description').fill(`E2E 巡查发现炸药短少 ${stamp}`)
  await page.locator('[data-testid="loss-report-add-quantity"]').click()
  const row = page.locator('[data-testid="loss-report-dialog"] .qty-row').first()
  await pickSelectOption(page, row, '工业', '工业炸药')
  await row.locator('.el-input-number input').fill('1')
  await shot(page, 'a4-loss-report')
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/loss-incidents') && r.request().method() === 'POST')
  await page.locator('[data-testid="loss-report-save"]').click()
  // The report is confirmed in figures first: the store and the quantity booked lost.
  const consequence = await confirmBox(page)
  check(consequence.includes(storeName) && consequence.includes('工业炸药') && consequence.includes('立案'), `loss report consequence: ${consequence}`)
  const res = await saved
  check(res.status() === 201, `loss reported: ${res.status()} ${await res.text()}`)
  // The new incident opens, with the time since discovery and the reports still to make.
  await page.waitForURL(/\/ledger\/loss-incidents\/\d+/)
  await page.getByText(`E2E 巡查发现炸药短少 ${stamp}`).first().waitFor()
  await shot(page, 'a4-loss-incident')
})

await scenario('a5: mb.keeper signs the day\'s summary; the month shows it signed', async () => {
  check(storeId, 'needs a1')
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/stores/${storeId}/summary`)
  const state = page.locator('[data-testid="daily-close-state"]')
  await state.waitFor()
  check((await state.textContent()).includes('未签字'), `unsigned first: ${await state.textContent()}`)
  await field(page, 'daily-close-note').fill('账物相符')
  const signed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/stores/${storeId}/daily-closes`) && r.request().method() === 'POST')
  await page.locator('[data-testid="daily-close-sign"]').click()
  await confirmBox(page)
  const res = await signed
  check(res.status() === 201, `signed: ${res.status()} ${await res.text()}`)
  await page.locator('[data-testid="daily-close-state"]', { hasText: '已签字' }).waitFor()
  await page.locator('[data-testid="daily-close-latest"]').waitFor()
  await shot(page, 'a5-daily-close-signed')
  await page.locator('[data-testid="summary-period"]').getByText('月报').click()
  await page.locator('button[type="submit"]').first().click()
  await page.locator('[data-testid="daily-close-days"]').getByText('已签字').first().waitFor()
  await shot(page, 'a5-daily-close-month')
})

await scenario('a6: the regulator sees days without a daily close', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/overview`)
  await page.locator('[data-testid="overview-table"]').getByText('有日未日清').first().waitFor()
  await shot(page, 'a6-overview-daily-close')
})

await scenario('a7: the ledger pages at 375 px', async () => {
  check(storeId, 'needs a1')
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'mb.principal')
  const pages = [
    ['stores', '/ledger/stores', '[data-testid="store-card"], .el-table, .el-card'],
    ['store', `/ledger/stores/${storeId}`, '[data-testid="storekeepers-card"]'],
    ['summary', `/ledger/stores/${storeId}/summary`, '[data-testid="daily-close-panel"]'],
    ['vouchers', '/ledger/vouchers', '[data-testid="voucher-cards"]'],
    ['stocktakes', '/ledger/stocktakes', '[data-testid="stocktake-cards"]'],
    ['loss', '/ledger/loss-incidents', '[data-testid="loss-table"]'],
    ['purchase', '/ledger/purchase-filings', '[data-testid="purchase-table"]'],
  ]
  for (const [name, path, ready] of pages) {
    await page.goto(`${BASE}${path}`)
    await page.locator(ready).first().waitFor()
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    check(overflow <= 1, `${name} at 375 px scrolls sideways by ${overflow} px`)
    await shot(page, `a7-375-${name}`)
  }
  // The voucher and stocktake lists are cards on a phone, not a table wider than the screen.
  for (const [name, path] of [['voucher', '/ledger/vouchers'], ['stocktake', '/ledger/stocktakes']]) {
    await page.goto(`${BASE}${path}`)
    await page.locator(`[data-testid="${name}-cards"] .card-item`).first().waitFor()
    check((await page.locator(`[data-testid="${name}-table"]`).count()) === 0, `the phone shows the ${name} table`)
  }
  await page.goto(`${BASE}/ledger/stores/${storeId}`)
  await page.locator('[data-testid="store-edit"]').click()
  await page.locator('[data-testid="store-edit-dialog"]').waitFor()
  await page.waitForTimeout(300)
  await shot(page, 'a7-375-store-edit')
})
