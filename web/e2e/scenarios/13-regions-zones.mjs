// Regions as data (issue 11 §4): the system administrator sets up a functional zone under Jining
// on the 功能区 page and reads its history; the national list offers other cities. Also: the
// read-only regulator's menu offers every page its routes allow (隐患统计), and the served API
// description is listed on 接口文档.
import { BASE, check, newPage, shot, login, field, scenario } from '../lib.mjs'

await scenario('a: sysadmin adds a functional zone under Jining and sees its history', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await page.locator('.el-menu', { hasText: '功能区' }).first().waitFor()
  const regions = page.waitForResponse((r) => r.url().endsWith('/api/v1/regions') && r.request().method() === 'GET')
  await page.goto(`${BASE}/admin/zones`)
  const all = await (await regions).json()
  check(all.items.length > 3000, `the national region list should be loaded, got ${all.items.length} regions`)
  check(all.items.some((r) => r.code === '320506' && r.name === '吴中区'), 'another province\'s county (苏州市吴中区) should be listed')
  const table = page.locator('[data-testid="zone-table"]')
  await table.locator('.el-table__row', { hasText: '济宁高新区' }).waitFor()
  await shot(page, 'zones-a1-jining')

  const name = `济宁测试产业园${Date.now() % 100000}`
  await page.locator('[data-testid="zone-create"]').click()
  await field(page, 'zone-name').fill(name)
  const created = page.waitForResponse((r) => r.url().includes('/api/v1/regions/zones') && r.request().method() === 'POST')
  await page.locator('[data-testid="zone-save"]').click()
  const res = await created
  check(res.status() === 201, `adding the zone should answer 201, got ${res.status()}`)
  const zone = await res.json()
  check(/^370800Z\d+$/.test(zone.code), `the zone code should be 370800Z<n>, got ${zone.code}`)
  const row = table.locator('.el-table__row', { hasText: name })
  await row.waitFor()
  check(((await row.textContent()) || '').includes(zone.code), 'the new row should show the zone code')

  // A second zone with the same name is refused with the reason next to the field.
  await page.locator('[data-testid="zone-create"]').click()
  await field(page, 'zone-name').fill(name)
  await page.locator('[data-testid="zone-save"]').click()
  const error = page.locator('.el-dialog .el-form-item__error').first()
  await error.waitFor()
  check(((await error.textContent()) || '').includes('已有名为'), 'a duplicate name should be explained in Chinese')
  await page.locator('.el-dialog__footer button', { hasText: '取消' }).click()

  await row.locator('button', { hasText: '变更记录' }).click()
  await page.locator('.el-drawer .el-table__row', { hasText: '设立' }).waitFor()
  await shot(page, 'zones-a2-history')
})

await scenario('b: the read-only regulator finds the hidden-danger statistics in the menu (menu = route permissions)', async () => {
  const { page } = await newPage()
  await login(page, 'jining.viewer')
  const group = page.locator('.el-sub-menu', { hasText: '隐患治理' }).first()
  await group.waitFor()
  await group.locator('.el-sub-menu__title').click()
  const item = page.locator('.el-menu-item', { hasText: '隐患统计' }).first()
  await item.waitFor()
  check((await page.locator('.el-menu-item', { hasText: '随手拍' }).count()) === 0, 'a read-only regulator should not be offered 随手拍')
  await item.click()
  await page.waitForURL((u) => u.pathname === '/hidden-dangers/statistics')
  check(!page.url().includes('/403'), 'the statistics page should open')
  await shot(page, 'zones-b1-viewer-statistics')
})

await scenario('c: the API documentation page lists the served OpenAPI operations by tag', async () => {
  const { page } = await newPage()
  await login(page, 'jining.viewer')
  const spec = page.waitForResponse((r) => r.url().endsWith('/api/v1/openapi.yaml'))
  await page.goto(`${BASE}/api-docs`)
  const res = await spec
  check(res.status() === 200, `the spec should be served, got ${res.status()}`)
  check(((await res.text()) || '').startsWith('openapi: 3.0.3'), 'the served text should be the OpenAPI document')
  await page.locator('[data-testid="api-docs-group"]').first().waitFor()
  const total = (await page.locator('[data-testid="api-docs-total"]').textContent()) || ''
  check(Number(total.replace(/[^\d]/g, '')) > 100, `the page should list the operations, saw "${total}"`)
  await page.locator('[data-testid="api-docs-group"] .el-table__row', { hasText: '/api/v1/regions/zones' }).first().waitFor()
  await shot(page, 'zones-c1-api-docs')
})
