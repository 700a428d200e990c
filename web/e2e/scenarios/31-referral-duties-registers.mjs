// Dual prevention, referrals, duties and registers: the county regulator rencheng registers a hidden danger referred by another
// department and assigns it to 润泽化工, whose safety officer then sees it; hc.safety changes the
// assignee of an inspection duty; and deactivated register rows (a control measure, a risk unit)
// are reactivated from the UI; rencheng filters the inspection records; hc.safety names an account
// as a major hazard installation's accountable person.
import { BASE, check, newPage, shot, login, field, listTotal, pickSelectOption, scenario } from '../lib.mjs'

const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const referralTitle = `E2E 移送 消防通道堵塞 ${stamp}`
let referralId = null

/** Confirms an Element Plus message box. */
async function confirmBox(page) {
  const box = page.locator('.el-message-box')
  await box.waitFor()
  await box.locator('.el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
}

await scenario('dp1: rencheng registers a referral from another department for 润泽化工', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/hidden-dangers`)
  await page.locator('[data-testid="hd-referral"]').click()
  await page.waitForURL(/\/hidden-dangers\/report\?referral=1/)
  await page.locator('[data-testid="hd-report-form"]').waitFor()
  await pickSelectOption(page, page.locator('[data-testid="hd-referral-enterprise"]'), '润泽', '润泽化工')
  await field(page, 'hd-referral-department').fill('任城区消防救援大队')
  await field(page, 'hd-report-title').fill(referralTitle)
  await field(page, 'hd-report-description').fill('消防检查发现厂区东侧消防通道被货物堵塞')
  await field(page, 'hd-report-location').fill('厂区东侧消防通道')
  await shot(page, 'dp1-referral-form')
  const created = page.waitForResponse((r) => r.url().includes('/api/v1/hidden-dangers') && r.request().method() === 'POST')
  await page.locator('[data-testid="hd-report-submit"]').click()
  const res = await created
  check(res.status() === 201, `the referral answered ${res.status()}: ${await res.text()}`)
  await page.waitForURL(/\/hidden-dangers\/\d+$/)
  referralId = Number(page.url().match(/(\d+)$/)[1])
  await page.getByText('任城区消防救援大队').first().waitFor()
  await shot(page, 'dp1-referral-registered')
})

await scenario('dp2: hc.safety sees the referred hidden danger of its enterprise', async () => {
  check(referralId, 'no referral from dp1')
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/hidden-dangers`)
  await page.locator('[data-testid="hd-filter-q"] input, input[data-testid="hd-filter-q"]').first().fill(referralTitle)
  await page.locator('[data-testid="hd-search"]').click()
  await page.locator(`[data-testid="hd-row-${referralId}"]`).click()
  await page.waitForURL(new RegExp(`/hidden-dangers/${referralId}$`))
  await page.getByText(referralTitle).first().waitFor()
  await page.getByText('任城区消防救援大队').first().waitFor()
  await shot(page, 'dp2-enterprise-sees-referral')
  // Another county's enterprise does not.
  const other = await newPage()
  await login(other.page, 'mb.safety')
  await other.page.goto(`${BASE}/hidden-dangers/${referralId}`)
  await other.page.waitForTimeout(800)
  check((await other.page.getByText(referralTitle).count()) === 0, 'mb.safety must not see 润泽化工\'s referral')
})

await scenario('dp3: hc.safety changes the assignee of an inspection duty', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/inspection/duties`)
  const edit = page.locator('[data-testid^="duty-edit-"]').first()
  await edit.waitFor()
  const id = (await edit.getAttribute('data-testid')).replace('duty-edit-', '')
  await edit.click()
  await page.locator('[data-testid="duty-assignee"]').locator('.el-select__wrapper').click()
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: 'hc.principal' }).first()
  await option.waitFor()
  await option.click()
  const saved = page.waitForResponse((r) => r.url().includes('/api/v1/inspection-duties') && r.request().method() === 'PUT')
  await page.locator('[data-testid="duty-save"]').click()
  const res = await saved
  check(res.status() === 200, `changing the duty answered ${res.status()}: ${await res.text()}`)
  await page.locator(`[data-testid="duty-assignee-name-${id}"]`, { hasText: '润泽化工 主要负责人' }).waitFor()
  await shot(page, 'dp3-duty-assignee')
})

await scenario('dp4: hc.safety deactivates and reactivates a control measure and a risk unit', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/risk/units`)
  const link = page.locator('[data-testid^="unit-link-"]').first()
  await link.waitFor()
  const unitId = (await link.getAttribute('data-testid')).replace('unit-link-', '')
  await page.goto(`${BASE}/risk/units/${unitId}`)
  const off = page.locator('[data-testid^="measure-deactivate-"]').first()
  await off.waitFor()
  const measureId = (await off.getAttribute('data-testid')).replace('measure-deactivate-', '')
  await off.click()
  await confirmBox(page)
  await page.locator(`[data-testid="measure-reactivate-${measureId}"]`).click()
  await page.locator(`[data-testid="measure-deactivate-${measureId}"]`).waitFor()

  await page.locator('[data-testid="unit-deactivate"]').click()
  await confirmBox(page)
  await page.waitForURL(/\/risk\/units$/)
  await page.goto(`${BASE}/risk/units/${unitId}`)
  await page.locator('[data-testid="unit-reactivate"]').click()
  await page.locator('[data-testid="unit-deactivate"]').waitFor()
  await shot(page, 'dp4-reactivated')
})

await scenario('dp5: rencheng filters the inspection records (result and checklist kind, applied by the server)', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  const first = page.waitForResponse((r) => r.url().includes('/api/v1/inspection-records?') && r.request().method() === 'GET')
  await page.goto(`${BASE}/inspection/records`)
  await first
  await page.locator('[data-testid="record-table"]').waitFor()
  const all = await listTotal(page)
  await page.locator('[data-testid="record-filter-result"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '有不合格项' }).first().click()
  await page.locator('[data-testid="record-filter-kind"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '公司级每日检查' }).first().click()
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/inspection-records?') && r.url().includes('result=fail') && r.url().includes('kind=company_daily'))
  await page.locator('.filter-actions .el-button--primary').click()
  const res = await filtered
  check(res.status() === 200, `the filtered list answered ${res.status()}`)
  const body = await res.json()
  check(body.total < all, `failed company-daily records (${body.total}) should be fewer than all (${all})`)
  check(body.items.every((r) => r.failed_count > 0 && r.checklist_kind === 'company_daily'), 'every row should match the filters')
  await page.waitForFunction((n) => {
    const el = document.querySelector('[data-testid="list-total"]')
    return el && Number((el.textContent || '').replace(/[^\d]/g, '')) === n
  }, body.total)
  await shot(page, 'dp5-records-filtered')
})

await scenario('dp6: hc.safety names an account as a major hazard accountable person', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/risk/major-hazards`)
  await page.locator('[data-testid="major-hazard-create"]').click()
  await field(page, 'major-hazard-name').fill(`E2E 液氨储罐区 ${stamp}`)
  await page.locator('[data-testid="major-hazard-principal-user"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: 'hc.principal' }).first().click()
  check((await field(page, 'major-hazard-principal-name').inputValue()) === '润泽化工 主要负责人', 'choosing the account should fill the name')
  await field(page, 'major-hazard-technical-name').fill('李工')
  await field(page, 'major-hazard-operational-name').fill('赵班长')
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/major-hazards') && r.request().method() === 'POST')
  await page.locator('[data-testid="major-hazard-save"]').click()
  const res = await saved
  check(res.status() === 201, `creating answered ${res.status()}: ${await res.text()}`)
  const hazard = await res.json()
  check(hazard.principal_user_id > 0, 'the principal should be stored as an account')
  await page.locator(`[data-testid="major-hazard-edit-${hazard.id}"]`).waitFor()
  await page.locator(`[data-testid="major-hazard-deactivate-${hazard.id}"]`).click()
  await confirmBox(page)
  await page.locator(`[data-testid="major-hazard-reactivate-${hazard.id}"]`).click()
  await page.locator(`[data-testid="major-hazard-edit-${hazard.id}"]`).waitFor()
  await shot(page, 'dp6-major-hazard-accountable')
})
