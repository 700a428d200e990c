// Civil-explosives ledger, issue 11 §2 item 3: a sale names its buyer (name, GB 32100 code,
// purchase licence); the county regulator's sales-filing list shows 品种、数量、购买单位 and the
// deadline counted as 民法典 art. 201 counts ("12月9日24时前"), with its source.
import { BASE, PASSWORD, apiOk as api, check, confirmBox, newPage, shot, login, field, pickSelectOption, scenario, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()
const buyer = `E2E 矿业爆破有限公司 ${stamp}`
let saleNumber = ''


/** The China calendar day of an instant plus `days`, moved past rest days on the working-day calendar
 * (民法典 art. 203: holidays, and Saturdays and Sundays not worked), as "M月D日24时前". */
async function deadlineLabel(iso, days) {
  const china = new Date(new Date(iso).getTime() + 8 * 3600_000)
  const last = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() + days))
  const calendars = {}
  for (;;) {
    const y = last.getUTCFullYear()
    calendars[y] ??= await api('zoucheng', 'GET', `/calendar?year=${y}`)
    const date = last.toISOString().slice(0, 10)
    const entry = calendars[y].days.find((d) => d.date === date)
    const weekend = last.getUTCDay() === 0 || last.getUTCDay() === 6
    if (entry ? entry.kind === 'workday' : !weekend) break
    last.setUTCDate(last.getUTCDate() + 1)
  }
  return `${last.getUTCMonth() + 1}月${last.getUTCDate()}日24时前`
}

await scenario('l4: mb.keeper sells to a named buyer; the buyer must be complete', async () => {
  const store = await storeWithKeeper({ name: `E2E 炸药库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 1000 })
  await api('mb.keeper', 'POST', '/vouchers', {
    store_id: store.id, direction: 'in', reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 10 }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${store.id}`)
  await page.locator('.el-radio-button', { hasText: '出库' }).click()
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '销售', '销售')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '炸药', '工业炸药')
  await page.locator('[data-testid="voucher-line-0"] .el-input-number input').fill('2')
  await page.locator('[data-testid="voucher-counterparty"]').waitFor()
  await field(page, 'party-name').fill(buyer)
  // A code with a wrong check character is refused, naming the field in Chinese.
  await field(page, 'party-uscc').fill('91370811MA3C12345C')
  await field(page, 'party-licence').fill('鲁公购2026-0012')
  await field(page, 'party-transport').fill('鲁公运2026-0456')
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="voucher-error"]').waitFor()
  const refusal = (await page.locator('.page').first().textContent()) || ''
  check(/校验/.test(refusal), `the wrong check character should be named, saw "${refusal.slice(0, 300)}"`)
  await shot(page, 'l4-sale-buyer-refused')
  await field(page, 'party-uscc').fill('91370811MA3C12345B')
  await field(page, 'second-password').fill(PASSWORD)
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 201, `sale answered ${res.status()}: ${await res.text()}`)
  const sale = await res.json()
  saleNumber = sale.number
  await page.waitForURL(/\/ledger\/vouchers\/\d+/)
  await page.locator('[data-testid="voucher-party-name"]', { hasText: buyer }).waitFor()
  await shot(page, 'l4-sale-with-buyer')
  globalThis.__saleAt = sale.posted_at
})

await scenario('l5: zoucheng sees the sale filing with buyer, quantities and the deadline by Chinese counting', async () => {
  check(saleNumber, 'needs l4')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/ledger/sale-filings?status=pending`)
  const row = page.locator('[data-testid="filing-table"] .el-table__row', { hasText: saleNumber })
  await row.waitFor()
  const party = (await row.locator('[data-testid="filing-party"]').textContent()) || ''
  check(party.includes(buyer) && party.includes('91370811MA3C12345B') && party.includes('鲁公购2026-0012'), `buyer shown, saw "${party}"`)
  const products = (await row.locator('[data-testid="filing-products"]').textContent()) || ''
  check(products.includes('2 千克'), `varieties and quantities shown, saw "${products}"`)
  const deadline = ((await row.locator('[data-testid="filing-deadline"]').textContent()) || '').trim()
  const expected = await deadlineLabel(globalThis.__saleAt, 3)
  check(deadline === expected, `deadline "${expected}" expected, saw "${deadline}"`)
  const source = (await page.locator('[data-testid="filing-deadline-source"]').textContent()) || ''
  check(source.includes('第二十四条') && source.includes('第二百零一条'), `the source of the deadline shown, saw "${source}"`)
  await shot(page, 'l5-sale-filing-buyer-deadline')
})
