// Hazardous workshops and 四超 (issue 15 §3): the producer enters a workshop from its design (limits,
// design file, intermediate store) whose store already holds 15 kg, more than the workshop's 10 kg 危险品定量 —
// the 四超 storage case opens a major hidden danger at once; the county regulator sees the case in
// 四超监测 and the hidden danger in the 隐患 list as 重大 and 系统判定; a keeper enters a head count
// over the maximum from a 390 px phone and is told it became a major hidden danger.
import { BASE, PASSWORD, apiCall, apiOk, check, field, login, newPage, pickSelectOption, scenario, shot, storeWithKeeper } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const name = `E2E 装药工房 ${stamp}`
let workshopId = 0
let hiddenDangerId = 0
const storeName = `E2E 中转库 ${stamp}`

// Set-up: an intermediate store of this run holding 15 kg moved from the main magazine (a transfer
// between the producer's own stores), within its own rating of 100 kg.
const stores = (await apiOk('mb.principal', 'GET', '/stores')).items
const main = stores.find((x) => x.name === '1号总库（工业炸药）')
check(!!main, 'the demo main magazine is missing')
const store = await storeWithKeeper({ name: storeName, kind: 'intermediate_store', rated_net_mass_kg: 100 })
await apiOk('mb.keeper', 'POST', '/vouchers', {
  store_id: main.id,
  target_store_id: store.id,
  direction: 'transfer',
  reason: 'transfer_out',
  lines: [{ product_id: 'industrial_explosive', quantity: 15, condition: 'normal', batch: 'E2E' }],
  second_person: { username: 'mb.safety', password: PASSWORD },
})

await scenario('fo1: mb.principal enters a workshop whose intermediate store is over its 定量', async () => {
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/workshops`)
  await page.locator('[data-testid="workshop-table"]').waitFor()
  await page.locator('[data-testid="workshop-table"]').getByText('乳化炸药装药工房').waitFor()
  await page.locator('[data-testid="workshop-new"]').click()
  const form = page.locator('[data-testid="workshop-form"]')
  await form.waitFor()
  await field(page, 'workshop-name').fill(name)
  await field(page, 'workshop-building').fill(`E2E-${stamp}`)
  await field(page, 'workshop-staff').fill('2')
  await field(page, 'workshop-max').fill('3')
  await field(page, 'workshop-quantity').fill('10')
  await field(page, 'workshop-design-document').fill('E2E 设计编号 HA-E2E')
  const pdf = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
  const uploaded = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await form.locator('[data-testid="file-input"]').setInputFiles({ name: '设计文件.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) })
  check((await uploaded).status() === 201, 'the design file was not stored')
  await pickSelectOption(page, page.locator('[data-testid="workshop-stores"]'), storeName, storeName)
  await shot(page, 'fo1-workshop-form')
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/workshops') && r.request().method() === 'POST')
  await page.locator('[data-testid="workshop-save"]').click()
  const res = await saved
  check(res.status() === 201, `saving answered ${res.status()}: ${await res.text()}`)
  workshopId = (await res.json()).id
  await page.locator('[data-testid="workshop-title"]').waitFor()
  const stock = page.locator('[data-testid="workshop-detail-stock"]')
  check(((await stock.getAttribute('class')) || '').includes('danger'), 'the stock should show red: over the 定量')
  const cases = (await page.locator('[data-testid="workshop-cases"]').textContent()) || ''
  check(cases.includes('超核定储量'), `the workshop should show its storage case, saw "${cases}"`)
  await shot(page, 'fo1-workshop-over-quantity')
})

await scenario('fo2: the county sees the case and its major hidden danger, 系统判定', async () => {
  check(workshopId > 0, 'no workshop from fo1')
  const list = await apiCall('zoucheng', 'GET', '/four-over-cases?criterion=storage&state=open&page_size=100')
  const c = (list.body.items || []).find((x) => x.subject === `workshop:${workshopId}`)
  check(!!c && c.hidden_danger_id, `the county should see the open storage case: ${JSON.stringify(list.body)}`)
  hiddenDangerId = c.hidden_danger_id
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/four-over`)
  await page.locator('[data-testid="four-over-table"]').waitFor()
  const row = page.locator('[data-testid="four-over-table"] tr', { hasText: name }).first()
  await row.waitFor()
  check(((await row.textContent()) || '').includes('超核定储量'), 'the case should read 超核定储量')
  await shot(page, 'fo2-four-over-list')
  await row.locator('[data-testid="four-over-hidden-danger"]').click()
  await page.waitForURL((u) => u.pathname === `/hidden-dangers/${hiddenDangerId}`)
  await page.goto(`${BASE}/hidden-dangers?source=derived&q=${encodeURIComponent(name)}`)
  const hd = page.locator('[data-testid="hd-table"] tr', { hasText: name }).first()
  await hd.waitFor()
  const text = (await hd.textContent()) || ''
  check(text.includes('重大'), `the hidden danger should be 重大, saw "${text}"`)
  check(text.includes('系统判定'), `the hidden danger should be 系统判定, saw "${text}"`)
  await shot(page, 'fo2-hidden-danger-major-derived')
})

await scenario('fo3: a keeper counts people over the maximum from a 390 px phone', async () => {
  const { page } = await newPage(PHONE)
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/workshops/headcount`)
  await page.locator('[data-testid="headcount-form"]').waitFor()
  await pickSelectOption(page, page.locator('[data-testid="headcount-workshop"]'), '乳化', '乳化炸药装药工房')
  await field(page, 'headcount-people').fill('7')
  await page.locator('.el-select__popper:visible').waitFor({ state: 'hidden' }).catch(() => {})
  await page.waitForFunction(() => document.querySelectorAll('.el-select__popper').length === 0 || [...document.querySelectorAll('.el-select__popper')].every((p) => getComputedStyle(p).display === 'none'))
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the head-count page scrolls sideways by ${over}px at 390 px`)
  await page.locator('[data-testid="headcount-submit"]').click()
  const result = page.locator('[data-testid="headcount-result"]')
  await result.waitFor()
  const text = (await result.textContent()) || ''
  check(text.includes('超过最大允许定员') && text.includes('重大事故隐患'), `the answer should say it became a major hidden danger, saw "${text}"`)
  await shot(page, 'fo3-headcount-over-390')
  // Back within the limit: the staffing case clears (its hidden danger goes on).
  const w = (await apiCall('mb.keeper', 'GET', '/workshops?page_size=100')).body.items.find((x) => x.building_number === 'A-03')
  const back = await apiCall('mb.keeper', 'POST', `/workshops/${w.id}/headcounts`, { people: 4 })
  check(back.status === 201 && !back.body.over_staffing, `a count of 4 should be within: ${JSON.stringify(back.body)}`)
})
