// Civil-explosives destruction (条例 art. 43, issue 11 §2): mb.keeper registers a destruction plan,
// records its reports to the province authority and the county police, and the destruction voucher
// executes it with the supervisor recorded; a voucher before both reports is refused in words; the
// county regulator was notified and sees the plan, at 1366 and 390 px.
import { BASE, PASSWORD, apiCall, apiOk, check, confirmBox, field, login, newPage, pickSelectOption, scenario, shot, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()
const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
let storeId = null
let planId = null
let planNumber = ''

/** Types a date into the date picker of the form item labelled `label` (as a person does). */
async function fillDate(page, label, value) {
  const input = page.locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: label }) }).locator('.el-date-editor input').first()
  await input.click()
  await input.fill(value)
  await input.press('Enter')
}

await scenario('xh1: mb.keeper makes a destruction plan of expired explosive', async () => {
  storeId = (await storeWithKeeper({ name: `E2E 销毁库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 1000 })).id
  await apiOk('mb.keeper', 'POST', '/vouchers', {
    store_id: storeId, direction: 'in', reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 10 }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/destruction-plans`)
  await page.locator('[data-testid="destruction-new"]').click()
  await page.locator('[data-testid="destruction-method"]').waitFor()
  await field(page, 'destruction-method').fill('炸毁法')
  await field(page, 'destruction-place').fill('邹城市石墙镇销毁场')
  await fillDate(page, '计划销毁日期', today)
  await pickSelectOption(page, page.locator('[data-testid="destruction-item-0"]'), '工业', '工业炸药')
  await field(page, 'destruction-quantity-0').fill('4')
  await shot(page, 'xh1-plan-form')
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/destruction-plans') && r.request().method() === 'POST')
  await page.locator('[data-testid="destruction-submit"]').click()
  const res = await created
  check(res.status() === 201, `plan saved: ${res.status()} ${await res.text()}`)
  const plan = await res.json()
  planId = plan.id
  planNumber = plan.number
  await page.locator('[data-testid="destruction-status"]', { hasText: '待报告' }).waitFor()
  await page.getByText('工业炸药').first().waitFor()
  await shot(page, 'xh1-plan-detail')
})

await scenario('xh2: a destruction voucher before both reports is refused in words', async () => {
  check(planId, 'needs xh1')
  const r = await apiCall('mb.keeper', 'POST', '/vouchers', {
    store_id: storeId, direction: 'out', reason: 'destruction',
    lines: [{ product_id: 'industrial_explosive', quantity: 4 }],
    destruction: { plan_id: planId, supervisor_name: '王警官', supervisor_unit: '邹城市公安局', destroyed_on: today, result: '全部销毁' },
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  const rules = (r.body?.errors || []).map((e) => e.rule)
  check(r.status === 422 && rules.includes('destruction_province_report_missing') && rules.includes('destruction_police_report_missing'), `refused: ${r.status} ${JSON.stringify(r.body)}`)
  check((r.body.errors || []).every((e) => /[\u4e00-\u9fa5]/.test(e.message_zh)), 'each refusal has its Chinese message')
})

await scenario('xh3: both reports are recorded; the county regulator is told', async () => {
  check(planId, 'needs xh1')
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/destruction-plans/${planId}`)
  for (const [office, unit, doc] of [['省级', '山东省工业和信息化厅', `鲁工信民爆备〔2026〕${stamp % 1000}号`], ['县级公安', '邹城市公安局', `邹公治备〔2026〕${stamp % 1000}号`]]) {
    await page.locator('[data-testid="destruction-office"] .el-radio-button', { hasText: office }).click()
    await fillDate(page, '报告日期', today)
    await field(page, 'destruction-receiving-unit').fill(unit)
    await field(page, 'destruction-document-number').fill(doc)
    const saved = page.waitForResponse((r) => r.url().includes(`/destruction-plans/${planId}/reports`))
    await page.locator('[data-testid="destruction-report-save"]').click()
    const res = await saved
    check(res.status() === 201, `report saved: ${res.status()} ${await res.text()}`)
  }
  await page.locator('[data-testid="destruction-status"]', { hasText: '已报告' }).waitFor()
  await page.locator('[data-testid="destruction-police-report"]').waitFor()
  await shot(page, 'xh3-plan-reported')
  const inbox = await apiOk('zoucheng', 'GET', '/notifications?page_size=50')
  check(inbox.items.filter((n) => n.kind === 'destruction_plan_reported' && n.title.includes(planNumber)).length === 2, `regulator notified twice: ${JSON.stringify(inbox.items.slice(0, 3))}`)
})

await scenario('xh4: the destruction voucher executes the plan and records the supervisor', async () => {
  check(planId, 'needs xh3')
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}&destruction_plan_id=${planId}`)
  await page.locator('[data-testid="voucher-destruction"]').waitFor()
  // The plan's goods became the voucher's line.
  await page.locator('[data-testid="voucher-line-0"] .el-input-number input').first().waitFor()
  await page.waitForFunction(() => document.querySelector('[data-testid="voucher-line-0"] .el-input-number input')?.value === '4.000')
  await field(page, 'destruction-supervisor').fill('王警官')
  await field(page, 'destruction-supervisor-unit').fill('邹城市公安局治安大队')
  await fillDate(page, '实际销毁日期', today)
  await field(page, 'destruction-result').fill('4 千克过期乳化炸药全部炸毁，现场清理完毕')
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  await shot(page, 'xh4-destruction-voucher')
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 201, `destruction posted: ${res.status()} ${await res.text()}`)
  await page.goto(`${BASE}/ledger/destruction-plans/${planId}`)
  await page.locator('[data-testid="destruction-status"]', { hasText: '已销毁' }).waitFor()
  await page.locator('[data-testid="destruction-execution"]').getByText('王警官').waitFor()
  await shot(page, 'xh4-plan-closed')
})

await scenario('xh5: the county regulator sees the plan, at 1366 and 390 px', async () => {
  check(planId, 'needs xh4')
  for (const viewport of [{ width: 1366, height: 860 }, { width: 390, height: 844 }]) {
    const { page } = await newPage(viewport)
    await login(page, 'zoucheng')
    await page.goto(`${BASE}/ledger/destruction-plans`)
    await page.locator('[data-testid="destruction-table"]').getByText(planNumber).first().waitFor()
    await shot(page, `xh5-regulator-list-${viewport.width}`)
    await page.goto(`${BASE}/ledger/destruction-plans/${planId}`)
    await page.locator('[data-testid="destruction-execution"]').waitFor()
    await shot(page, `xh5-regulator-detail-${viewport.width}`)
  }
})
