// Civil-explosives ledger: an inbound posted by scanning a case code with two-person custody; a
// stocktake with a missing code raises the loss incident when it is submitted (discovered at the
// count's time, before any approval), the county regulator sees it, and the approval by a second
// person books the loss voucher on that same incident.
import { BASE, PASSWORD, apiOk as api, check, confirmBox, newPage, shot, login, field, pickSelectOption, scenario, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()
const caseCode = `XG-E2E-${stamp}`
const boxes = [`HZ-E2E-${stamp}-1`, `HZ-E2E-${stamp}-2`]
// Fresh GA 441 codes for this run: enterprise 37, today's date, feature E, serials by the clock.
const now = new Date()
const ymd = `${String(now.getFullYear()).slice(-1)}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`
const base = (Math.floor(stamp / 1000) % 4000) * 20
const codes = Array.from({ length: 20 }, (_, i) => `37${ymd}E${String(base + i).padStart(5, '0')}`)
let storeId = null
let stocktakeId = null
let incidentNumber = ''

await scenario('l1: mb.keeper posts an inbound by scanning a case code, mb.safety confirms', async () => {
  const { page } = await newPage()
  // A store of its own for this run and the producer's packing of one case of two boxes.
  const store = await storeWithKeeper({ name: `E2E 雷管库 ${stamp}`, kind: 'main_magazine', rated_pieces: 1000 })
  storeId = store.id
  await api('mb.keeper', 'POST', '/packages', {
    case_code: caseCode,
    product_id: 'electronic_detonator',
    boxes: [
      { box_code: boxes[0], first_code: codes[0], count: 10 },
      { box_code: boxes[1], codes: codes.slice(10) },
    ],
  })
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}`)
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '生产', '生产入库')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '电子', '数码电子雷管')
  await field(page, 'voucher-scan-0').fill(caseCode)
  await field(page, 'voucher-scan-0').press('Enter')
  await page.locator('.el-message', { hasText: '20' }).first().waitFor()
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  await shot(page, 'l1-voucher-case-scan')
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  const stated = await confirmBox(page)
  check(stated.includes('20'), `the confirmation states the 20 codes booked: ${stated}`)
  const res = await posted
  check(res.status() === 201, `voucher post answered ${res.status()}: ${await res.text()}`)
  const voucher = await res.json()
  check(voucher.code_count === 20, `the case should stand for 20 codes, voucher has ${voucher.code_count}`)
  check(voucher.second_person.display_name.includes('安全员'), 'second person recorded')
  await page.waitForURL(/\/ledger\/vouchers\/\d+/)
  await shot(page, 'l1-voucher-posted')
})

await scenario('l2: a submitted stocktake with a missing code opens the loss incident at once; zoucheng sees it', async () => {
  check(storeId, 'needs l1')
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/stocktakes/new?store_id=${storeId}`)
  await page.locator('[data-testid="stocktake-scan"]').waitFor()
  // Box 1 by its box code, box 2 code by code except its last code.
  for (const c of [boxes[0], ...codes.slice(10, 19)]) {
    await field(page, 'stocktake-scan').fill(c)
    await field(page, 'stocktake-scan').press('Enter')
  }
  await shot(page, 'l2-stocktake-scans')
  await page.locator('[data-testid="stocktake-submit"]').click()
  await confirmBox(page)
  // The keeper is told at once that the shortfall opened a loss incident and reached the regulators.
  await page.locator('.el-message--warning', { hasText: '丢失被盗' }).waitFor()
  await page.waitForURL(/\/ledger\/stocktakes\/\d+/)
  stocktakeId = Number(page.url().split('/').pop())
  await page.locator('[data-testid="stocktake-missing"]', { hasText: codes[19] }).waitFor()
  const missing = (await page.locator('[data-testid="stocktake-missing-count"]').textContent())?.trim()
  check(missing === '1', `one code should be missing, saw ${missing}`)
  // Reported at once: the incident is there before anyone approves, discovered at the count's time.
  const countedAt = ((await page.locator('[data-testid="stocktake-counted-at"]').textContent()) || '').trim()
  await shot(page, 'l2-variance')
  await page.locator('[data-testid="stocktake-incident-link"]').click()
  await page.waitForURL(/\/ledger\/loss-incidents\/\d+/)
  const incidentUrl = page.url()
  incidentNumber = ((await page.locator('[data-testid="loss-number"]').textContent()) || '').trim()
  check(incidentNumber.startsWith('DS'), `incident number ${incidentNumber}`)
  const discoveredAt = ((await page.locator('[data-testid="loss-discovered-at"]').textContent()) || '').trim()
  check(countedAt && discoveredAt === countedAt, `discovered at the count's time ${countedAt}, saw "${discoveredAt}"`)
  await shot(page, 'l2-loss-incident-at-count')

  // The approval books the loss voucher on the same incident, which stays open.
  const { page: safety } = await newPage()
  await login(safety, 'mb.safety')
  await safety.goto(`${BASE}/ledger/stocktakes/${stocktakeId}`)
  await safety.locator('[data-testid="stocktake-approve"]').click()
  const consequence = await confirmBox(safety)
  check(consequence.includes('盘亏 1 个编码') && consequence.includes('丢失被盗'), `approval states the loss and the incident: ${consequence}`)
  await safety.locator('[data-testid="stocktake-status"]', { hasText: '已审批' }).waitFor()
  await safety.locator('[data-testid="stocktake-incident-link"]').click()
  await safety.waitForURL(/\/ledger\/loss-incidents\/\d+/)
  check(safety.url() === incidentUrl, `approval must not open another incident: ${safety.url()} vs ${incidentUrl}`)
  await safety.locator('[data-testid="loss-written-off"]').waitFor()
  const status = ((await safety.locator('[data-testid="loss-status"]').textContent()) || '').trim()
  check(status === '处理中', `the incident stays open (处理中), saw "${status}"`)
  await shot(safety, 'l2-loss-incident')

  const { page: regulator } = await newPage()
  await login(regulator, 'zoucheng')
  await regulator.goto(`${BASE}/ledger/loss-incidents`)
  const row = regulator.locator('[data-testid="loss-table"] .el-table__row', { hasText: incidentNumber })
  await row.waitFor()
  const elapsed = (await row.locator('[data-testid="loss-elapsed"]').textContent()) || ''
  check(/分|min/.test(elapsed), `elapsed time shown, saw "${elapsed}"`)
  await row.locator('a').first().click()
  await regulator.locator('[data-testid="loss-codes"]', { hasText: codes[19] }).waitFor()
  await shot(regulator, 'l2-regulator-incident')
})

await scenario('l3: zoucheng sees the ledger overview with the open loss incident first', async () => {
  check(incidentNumber, 'needs l2')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/overview`)
  const first = page.locator('[data-testid="overview-attention"] .store-card').first()
  await first.waitFor()
  const text = (await first.textContent()) || ''
  check(text.includes('丢失被盗未结'), `the first store needing attention should have an open loss incident, saw "${text.slice(0, 120)}"`)
  await page.locator('[data-testid="overview-attention"] canvas').first().waitFor()
  await shot(page, 'l3-overview')
  await page.goto(`${BASE}/ledger/sale-filings?status=late`)
  await page.locator('[data-testid="filing-table"]').waitFor()
  await shot(page, 'l3-sale-filings')
})
