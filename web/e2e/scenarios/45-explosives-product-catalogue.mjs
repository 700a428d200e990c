// Civil-explosives ledger, issue 11 §2 item 2: the product catalogue is data. 恒安民爆's principal
// adds its own product on the catalogue page (the empty name is refused in Chinese words), the
// storekeeper books it in on a voucher picking it by name and specification, the voucher names it
// with its specification, and deactivation states its consequence.
import { BASE, PASSWORD, apiCall, check, confirmBox, field, newPage, shot, login, pickSelectOption, scenario } from '../lib.mjs'

const stamp = Date.now()
const name = `E2E 乳化炸药 ${stamp}`
const spec = 'Φ60mm×1.5kg 药卷'
let storeId = 0

await scenario('c1: mb.principal adds a product of its own to the catalogue', async () => {
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/products`)
  await page.locator('[data-testid="product-table"] .el-table__row').first().waitFor()
  await shot(page, 'c1-catalogue-list')
  await page.locator('[data-testid="product-create"]').click()
  const dialog = page.locator('[data-testid="product-dialog"]')
  await dialog.waitFor()
  // Saving without a name: the field says so in Chinese.
  await page.locator('[data-testid="product-save"]').click()
  const nameError = dialog.locator('.el-form-item.is-error .el-form-item__error').first()
  await nameError.waitFor()
  const msg = ((await nameError.textContent()) || '').trim()
  check(msg === '必填', `the empty name should be refused with 必填, saw "${msg}"`)
  await shot(page, 'c1-catalogue-required')
  await field(page, 'product-form-name').fill(name)
  await field(page, 'product-form-brand').fill('恒安')
  await field(page, 'product-form-spec').fill(spec)
  await field(page, 'product-form-manufacturer').fill('邹城恒安民爆器材有限公司')
  const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/products') && r.request().method() === 'POST')
  await page.locator('[data-testid="product-save"]').click()
  const res = await created
  check(res.status() === 201, `create answered ${res.status()}: ${await res.text()}`)
  await dialog.waitFor({ state: 'hidden' })
  await field(page, 'product-filter-keyword').fill(String(stamp))
  await page.keyboard.press('Enter')
  const row = page.locator('[data-testid="product-table"] .el-table__row', { hasText: name })
  await row.waitFor()
  const text = (await row.textContent()) || ''
  check(text.includes(spec) && text.includes('启用') && text.includes('邹城恒安民爆器材有限公司'), `row shows spec, status and owner, saw "${text}"`)
  await shot(page, 'c1-catalogue-created')
  // The same page on a phone.
  const phone = await newPage({ width: 390, height: 844 })
  await login(phone.page, 'mb.principal')
  await phone.page.goto(`${BASE}/ledger/products?keyword=${stamp}`)
  await phone.page.locator('[data-testid="product-table"] .el-table__row').first().waitFor()
  await shot(phone.page, 'c1-catalogue-phone')
})

await scenario('c2: mb.keeper books the new product in, picking it by name and specification', async () => {
  const store = await apiCall('mb.principal', 'POST', '/stores', { name: `E2E 品种库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 1000 })
  check(store.status === 201, `store: ${store.status}`)
  storeId = store.body.id
  const keepers = await apiCall('mb.principal', 'GET', `/stores/${storeId}/storekeepers`)
  const keeper = keepers.body.candidates.find((c) => c.username === 'mb.keeper')
  await apiCall('mb.principal', 'POST', `/stores/${storeId}/storekeepers`, { user_id: keeper.user_id })
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}`)
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '生产', '生产入库')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), String(stamp), spec)
  await page.locator('[data-testid="voucher-line-0"] .el-input-number input').fill('30')
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  await shot(page, 'c2-voucher-picks-product')
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 201, `voucher answered ${res.status()}: ${await res.text()}`)
  await page.waitForURL(/\/ledger\/vouchers\/\d+/)
  await page.locator('.el-table__row', { hasText: spec }).first().waitFor()
  await shot(page, 'c2-voucher-names-product')
})

await scenario('c3: deactivation states its consequence and is kept in the history', async () => {
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/ledger/products?keyword=${stamp}`)
  const row = page.locator('[data-testid="product-table"] .el-table__row', { hasText: name })
  await row.waitFor()
  await row.locator('[data-testid="product-toggle"]').click()
  const consequence = await confirmBox(page)
  check(consequence.includes('不能再登记入库') && consequence.includes('仍可出库'), `the consequence stated, saw "${consequence}"`)
  await row.locator('[data-testid="product-status"]', { hasText: '停用' }).waitFor()
  await row.locator('[data-testid="product-history"]').click()
  const drawer = page.locator('[data-testid="product-history-drawer"]')
  await drawer.locator('.el-timeline-item', { hasText: '停用' }).first().waitFor()
  const history = (await drawer.textContent()) || ''
  check(history.includes('状态：启用 → 停用') && history.includes('新增'), `history shows the change, saw "${history}"`)
  await shot(page, 'c3-catalogue-history')
})
