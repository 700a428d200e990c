// Licences drive the rest (issue 15 §1): the ledger refuses mb.keeper's sale beyond the quantity its
// licence allows, naming the licence and the figures in Chinese (nothing booked); the regulator's
// 许可条件预警 page lists the expired sales licence the nightly sweep found, with the major hidden
// danger it opened (234号 item 1), which opens as 重大事故隐患; the page fits a 390 px phone.
import { BASE, PASSWORD, apiCall, apiOk as api, check, confirmBox, field, login, newPage, pickSelectOption, scenario, shot, storeWithKeeper } from '../lib.mjs'

const stamp = Date.now()

await scenario('lg1: a sale beyond the licensed annual quantity is refused with the figures in Chinese', async () => {
  const store = await storeWithKeeper({ name: `E2E 许可校验库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 1000 })
  await api('mb.keeper', 'POST', '/vouchers', {
    store_id: store.id, direction: 'in', reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 10 }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  // The licence allows 60,000 kg a year: 60,001 kg on one voucher is over it whatever was sold before.
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${store.id}`)
  await page.locator('.el-radio-button', { hasText: '出库' }).click()
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '销售', '销售')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '炸药', '工业炸药')
  await page.locator('[data-testid="voucher-line-0"] .el-input-number input').fill('60001')
  await page.locator('[data-testid="voucher-counterparty"]').waitFor()
  await field(page, 'party-name').fill(`E2E 矿业爆破有限公司 ${stamp}`)
  await field(page, 'party-uscc').fill('91370811MA3C12345B')
  await field(page, 'party-licence').fill('鲁公购2026-0012')
  await field(page, 'party-transport').fill('鲁公运2026-0456')
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  const res = await posted
  check(res.status() === 422, `the sale should be refused, answered ${res.status()}`)
  const body = await res.json()
  const gate = (body.errors || []).find((e) => e.rule === 'licence_gate_quantity')
  check(gate && gate.field === 'lines[0].quantity', `the refusal should name lines[0].quantity: ${JSON.stringify(body.errors)}`)
  await page.locator('[data-testid="voucher-error"]').waitFor()
  const shown = (await page.locator('.page').first().textContent()) || ''
  for (const part of ['MB生许证字〔2023〕37001号', '60000 千克', '本单 60001 千克', '超出许可数量'])
    check(shown.includes(part), `the page should show "${part}", saw "${shown.slice(0, 400)}"`)
  await page.locator('[data-testid="voucher-error"]').scrollIntoViewIfNeeded()
  await shot(page, 'lg1-sale-over-licence-refused')
  const stock = await api('mb.keeper', 'GET', `/stores/${store.id}/stock`)
  const kept = (stock.items || []).find((i) => i.product_id === 'industrial_explosive')
  check(kept && kept.quantity === 10, `nothing should be booked: ${JSON.stringify(stock.items)}`)
})

await scenario('lg2: 许可条件预警 lists the expired licence and its major hidden danger', async () => {
  // The sweep runs on the deadline checker's first tick after start-up.
  let alerts = null
  for (let i = 0; i < 30; i++) {
    alerts = await apiCall('jining', 'GET', '/licence-alerts?finding=expired')
    if (alerts.status === 200 && alerts.body.total > 0) break
    await new Promise((r) => setTimeout(r, 1000))
  }
  check(alerts && alerts.body.total > 0, `the sweep should have found the expired licence: ${JSON.stringify(alerts && alerts.body)}`)
  const expired = alerts.body.items[0]
  check(expired.hidden_danger_id, `the expired licence should have opened a hidden danger: ${JSON.stringify(expired)}`)
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/licensing/licence-alerts?finding=expired`)
  const row = page.locator('[data-testid="licence-alert-table"] .el-table__row', { hasText: expired.licence_number })
  await row.first().waitFor()
  const text = (await row.first().textContent()) || ''
  check(text.includes('许可证过期'), `the row should read 许可证过期, saw "${text}"`)
  check(text.includes(expired.hidden_danger_number), `the row should name the hidden danger ${expired.hidden_danger_number}, saw "${text}"`)
  await shot(page, 'lg2-licence-alerts')
  await row.first().locator('[data-testid="licence-alert-hd"]').click()
  await page.waitForURL(new RegExp(`/hidden-dangers/${expired.hidden_danger_id}$`))
  await page.getByText('重大事故隐患').first().waitFor()
  await shot(page, 'lg2-major-hidden-danger')
})

await scenario('lg3: the warnings page fits a 390 px phone', async () => {
  const { page } = await newPage({ width: 390, height: 844 })
  await login(page, 'jining')
  await page.goto(`${BASE}/licensing/licence-alerts`)
  await page.locator('[data-testid="licence-alert-table"]').waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'lg3-licence-alerts-390')
})

await scenario('lg4: 行业结构 derives the electronic-detonator share from production vouchers and the on-site mixing capacity from the licences', async () => {
  const data = await api('jining', 'GET', '/industry-structure')
  const zoucheng = data.regions.find((r) => r.region_name === '邹城市')
  check(zoucheng && zoucheng.electronic > 0, `邹城市 should have produced electronic detonators: ${JSON.stringify(data.regions)}`)
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/licensing/industry-structure`)
  const row = page.locator('[data-testid="structure-table"] .el-table__row', { hasText: '邹城市' })
  await row.first().waitFor()
  const text = (await row.first().textContent()) || ''
  const share = zoucheng.share_permille == null ? '—' : `${(zoucheng.share_permille / 10).toFixed(1)}%`
  check(text.includes(share), `the row should show the share ${share}, saw "${text}"`)
  // 现场混装: the capacity the production licences in force state, summed (8,000 t a year in the demo).
  check(zoucheng.on_site_mixing_t === 8000, `邹城市 should have 8000 t/year of on-site mixing, saw ${zoucheng.on_site_mixing_t}`)
  check(text.includes('8,000') || text.includes('8000'), `the row should show 8,000 t of on-site mixing, saw "${text}"`)
  const card = (await page.locator('[data-testid="structure-mixing"]').textContent()) || ''
  check(card.includes('现场混装能力'), `the mixing card should be labelled, saw "${card}"`)
  await page.locator('canvas').first().waitFor()
  await shot(page, 'lg4-industry-structure')
})
