// Issue 15 §1: a magazine's rated capacity comes from the approved design. The enterprise requests
// a change with its design document; the store keeps its rating (the ledger's over-capacity check
// still refuses); the regulator approves on its review page with the approving document, the
// confirmation stating old → new; the over-capacity check then follows the new rating. The review
// page at phone width.
import { request } from 'playwright-core'
import { BASE, PASSWORD, check, confirmBox, newPage, shot, login, field, scenario, apiCall as call, apiOk, errorRules as rules, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
let storeId = null
let requestId = null

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

const todayInChina = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)

function inbound(kg) {
  return {
    store_id: storeId,
    direction: 'in',
    reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: kg, condition: 'normal', batch: 'E2E-CAP' }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  }
}

await scenario('c1: a store rated 100 kg holds 90 kg; 20 kg more is over capacity; the enterprise requests 150 kg with its design document', async () => {
  const store = await storeWithKeeper({ name: `E2E 核定库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 100 })
  storeId = store.id
  const first = await apiOk('zoucheng', 'GET', `/store-capacity-requests?status=pending&store_id=${storeId}`)
  await apiOk('zoucheng', 'POST', `/store-capacity-requests/${first.items[0].id}/decision`, { decision: 'approve', document_number: `邹应急民爆〔2026〕${stamp % 1000}号`, approved_on: todayInChina(), file_id: await uploadAs('zoucheng', '首次核定.pdf') })
  await apiOk('mb.keeper', 'POST', '/vouchers', inbound(90))
  const over = await call('mb.keeper', 'POST', '/vouchers', inbound(20))
  check(over.status === 422 && rules(over).includes('capacity_net_mass'), `over capacity: ${over.status} ${JSON.stringify(over.body)}`)

  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/stores/${storeId}`)
  await page.locator('[data-testid="capacity-request-open"]').click()
  const dialog = page.locator('[data-testid="capacity-request-dialog"]')
  await dialog.waitFor()
  await field(page, 'capacity-request-mass').fill('150')
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await dialog.locator('[data-testid="capacity-request-design"] input[type="file"]').setInputFiles({ name: '扩建设计.pdf', mimeType: 'application/pdf', buffer: PDF })
  check((await uploaded).status() === 201, 'design document uploaded')
  await field(page, 'capacity-request-reason').fill('库房扩建竣工，按批准的设计申请核定 150 千克')
  const filed = page.waitForResponse((r) => r.url().endsWith(`/api/v1/stores/${storeId}/capacity-requests`) && r.request().method() === 'POST')
  await page.locator('[data-testid="capacity-request-submit"]').click()
  // The confirmation states the figures old → new.
  await page.locator('.confirm-action').getByText('100 kg → 核定净药量 150 kg').first().waitFor()
  await confirmBox(page)
  const res = await filed
  check(res.status() === 201, `request filed: ${res.status()} ${await res.text()}`)
  requestId = (await res.json()).id
  await page.locator('[data-testid="capacity-request-status"]', { hasText: '待审批' }).first().waitFor()
  await shot(page, 'c1-request-pending')
  // Requested, not approved: still 100 kg, still over capacity.
  const still = await call('mb.keeper', 'POST', '/vouchers', inbound(20))
  check(still.status === 422 && rules(still).includes('capacity_net_mass'), `still over capacity before approval: ${still.status}`)
})

await scenario('c2: the regulator approves on its review page with the approving document; 20 kg more now posts', async () => {
  check(requestId, 'needs c1')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/capacity-requests?status=pending&store_id=${storeId}`)
  const row = page.locator('[data-testid="capacity-requests-table"] .el-table__row', { hasText: `E2E 核定库 ${stamp}` }).first()
  await row.waitFor()
  await row.locator('[data-testid="capacity-approve"]').click()
  const dialog = page.locator('[data-testid="capacity-approve-dialog"]')
  await dialog.waitFor()
  // Without its document the approval is refused in words.
  await page.locator('[data-testid="capacity-approve-submit"]').click()
  const refused = page.waitForResponse((r) => r.url().endsWith(`/store-capacity-requests/${requestId}/decision`))
  await confirmBox(page)
  check((await refused).status() === 422, 'approval without its document refused')
  await dialog.locator('.el-form-item', { has: page.locator('[data-testid="capacity-approve-number"]') }).locator('.el-form-item__error', { hasText: '必填' }).waitFor()
  await field(page, 'capacity-approve-number').fill(`邹应急民爆〔2026〕${(stamp % 1000) + 1}号`)
  const date = dialog.locator('.el-date-editor input').first()
  await date.click()
  await date.fill(todayInChina())
  await date.press('Enter')
  await field(page, 'capacity-approve-number').click()
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await dialog.locator('[data-testid="capacity-approve-file"] input[type="file"]').setInputFiles({ name: '核定储量批复.pdf', mimeType: 'application/pdf', buffer: PDF })
  check((await uploaded).status() === 201, 'approving document uploaded')
  await shot(page, 'c2-approve-dialog')
  await page.locator('[data-testid="capacity-approve-submit"]').click()
  await page.locator('.confirm-action').getByText('核定净药量 100 kg → 核定净药量 150 kg').first().waitFor()
  const decided = page.waitForResponse((r) => r.url().endsWith(`/store-capacity-requests/${requestId}/decision`))
  await confirmBox(page)
  const res = await decided
  check(res.status() === 200, `approved: ${res.status()} ${await res.text()}`)
  const store = await apiOk('mb.keeper', 'GET', `/stores/${storeId}`)
  check(store.rated_net_mass_kg === 150, `rated 150 kg now: ${store.rated_net_mass_kg}`)
  const posted = await call('mb.keeper', 'POST', '/vouchers', inbound(20))
  check(posted.status === 201, `20 kg more posts under the new rating: ${posted.status} ${JSON.stringify(posted.body)}`)
  const beyond = await call('mb.keeper', 'POST', '/vouchers', inbound(50))
  check(beyond.status === 422 && rules(beyond).includes('capacity_net_mass'), `above 150 kg refused: ${beyond.status}`)
  const inbox = await apiOk('mb.principal', 'GET', '/notifications')
  check(JSON.stringify(inbox).includes('已批准'), 'the enterprise is told of the approval')
})

await scenario('c3: the review list filters, exports, and reads at phone width', async () => {
  const { page } = await newPage({ width: 390, height: 844 })
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/capacity-requests?status=approved&store_id=${storeId}`)
  await page.locator('[data-testid="capacity-requests-table"] .el-table__row').first().waitFor()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 400, `no horizontal page scroll at 390 px: ${width}`)
  await shot(page, 'c3-review-phone')
  const download = page.waitForEvent('download')
  await page.locator('[data-testid="export-button"]').click()
  const file = await download
  check(file.suggestedFilename().endsWith('.xlsx'), `downloaded ${file.suggestedFilename()}`)
})

await scenario('c4: the demo detonator store shows its licence design capacity beside the rating and warns that they differ', async () => {
  const stores = await apiOk('mb.principal', 'GET', '/stores')
  const detonators = stores.items.find((s) => s.name === '2号雷管库')
  check(detonators, 'the demo detonator store')
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/stores/${detonators.id}`)
  await page.locator('[data-testid="capacity-design-differs"]').waitFor()
  await page.locator('[data-testid="capacity-rating-vs-design"]').getByText('60,000').first().waitFor()
  await page.locator('[data-testid="capacity-request-pending"]').waitFor()
  await shot(page, 'c4-licence-design-differs')
})
