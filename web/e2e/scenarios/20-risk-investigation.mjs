// Dual prevention: an enterprise assesses a risk unit and sees it coloured on the four-colour map;
// executes its daily checklist on a phone and turns a failed item into a hidden danger; the county
// regulator sees the regional overview. r2 needs today's daily inspection still open, i.e. a freshly
// seeded demo server (as scripts/test-all.sh starts).
import { BASE, check, confirmBox, newPage, shot, login, field, scenario } from '../lib.mjs'

// A 1×1 PNG for the photo-required items.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64')

// Element Plus appends each select's dropdown to <body>; the one just opened is the last visible.
async function choose(page, testid, text) {
  await page.locator(`[data-testid="${testid}"] .el-select__wrapper`).first().click()
  const option = page.locator('.el-select-dropdown:visible').last().locator('.el-select-dropdown__item', { hasText: text }).first()
  await option.waitFor()
  await option.click()
  await page.locator('.el-select-dropdown:visible').waitFor({ state: 'hidden' }).catch(() => {})
}

await scenario('r1: hc.safety assesses a risk unit and sees it red on the map', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/risk/units`)
  await field(page, 'unit-filter-q').fill('甲醇储罐区')
  await page.keyboard.press('Enter')
  const link = page.locator('[data-testid="unit-table"] .el-table__row a', { hasText: '甲醇储罐区' }).first()
  await link.waitFor()
  const id = (await link.getAttribute('data-testid')).replace('unit-link-', '')
  await link.click()
  await page.waitForURL(/\/risk\/units\/\d+/)
  await page.locator('[data-testid="unit-assess"]').click()
  await page.locator('[data-testid="assess-dialog"] .el-radio-button', { hasText: 'LEC' }).click()
  await choose(page, 'assess-L', '6 —')
  await choose(page, 'assess-E', '6 —')
  await choose(page, 'assess-C', '15 —')
  const preview = (await page.locator('[data-testid="assess-preview"]').textContent()) || ''
  check(preview.includes('540'), `preview should show D = 540, saw "${preview}"`)
  await shot(page, 'r1-assess-dialog')
  await page.locator('[data-testid="assess-save"]').click()
  await page.locator('[data-testid="unit-level"][data-level="major"]').waitFor()
  const history = await page.locator('[data-testid="assessment-history"] .el-table__row').count()
  check(history >= 2, `assessment history should keep the earlier assessment, saw ${history} rows`)

  await page.goto(`${BASE}/risk/map`)
  const unit = page.locator(`[data-testid="map-unit-${id}"]`)
  await unit.waitFor()
  check((await unit.getAttribute('data-level')) === 'major', 'the unit is drawn as major on the map')
  const fill = await unit.locator('polygon').getAttribute('fill')
  check(fill === '#e53935', `major is filled red, saw ${fill}`)
  await page.waitForTimeout(300)
  await shot(page, 'r1-risk-map')
  await unit.locator('polygon').click()
  await page.locator('[data-testid="map-unit-drawer"]').getByText('检查围堰').first().waitFor()
  await shot(page, 'r1-risk-map-drawer')
})

await scenario('r2: hc.safety executes the daily checklist on a phone; a failed item becomes a hidden danger', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/inspection/tasks`)
  const card = page.locator('[data-testid="task-list"] .task-card', { hasText: '公司级每日检查' }).first()
  await card.waitFor()
  await card.click()
  await page.waitForURL(/\/inspection\/tasks\/\d+/)
  await page.locator('[data-testid="inspection-submit"]').waitFor()
  const items = await page.locator('[data-testid^="item-"][data-testid$="-outcome"]').count()
  check(items === 7, `the daily checklist has 7 items, saw ${items}`)
  for (let i = 1; i <= items; i++) {
    await page.locator(`[data-testid="item-${i}-${i === 2 ? 'fail' : 'pass'}"]`).click()
  }
  await field(page, 'item-2-note').fill('包装工段设备带病运转')
  for (const i of [1, 4]) {
    await page.locator(`[data-testid="item-${i}-photo"]`).setInputFiles({ name: `现场${i}.png`, mimeType: 'image/png', buffer: PNG })
    await page.locator(`[data-testid="item-${i}"] .el-tag`, { hasText: `现场${i}.png` }).waitFor()
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 376, `the checklist fits a 375 px screen, page is ${width} px wide`)
  await shot(page, 'r2-checklist-phone')
  await page.locator('[data-testid="inspection-submit"]').click()
  // The confirmation states the figures (issue 12).
  const said = await confirmBox(page)
  check(/共 \d+ 项：合格 \d+ 项、不合格 \d+ 项/.test(said), `submit confirmation: ${said}`)
  await page.locator('[data-testid="task-record"]').waitFor()
  await page.locator('[data-testid="item-2-report"]').click()
  await page.locator('[data-testid="item-2-hidden-danger"]').waitFor()
  await shot(page, 'r2-record-hidden-danger')
})

await scenario('r3: rencheng sees the regional overview', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/risk/overview`)
  await page.locator('[data-testid="overview-chart"] canvas').waitFor()
  await page.locator('[data-testid="overview-regions"] .tile').first().waitFor()
  const row = page.locator('[data-testid="overview-enterprises"] .el-table__row', { hasText: '济宁润泽化工有限公司' })
  await row.waitFor()
  check((await row.locator('[data-level="major"]').count()) === 1, '润泽化工 has a major risk')
  await page.waitForTimeout(500)
  await shot(page, 'r3-overview')
  await page.goto(`${BASE}/`)
  await page.locator('[data-testid="missed-daily-card"]').waitFor()
  await shot(page, 'r3-dashboard-missed-daily')
})

await scenario('r4: hc.safety changes a control measure\'s check frequency and sees it saved', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/risk/units`)
  await field(page, 'unit-filter-q').fill('甲醇储罐区')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="unit-table"] .el-table__row a', { hasText: '甲醇储罐区' }).first().click()
  await page.waitForURL(/\/risk\/units\/\d+/)
  const measure = page.locator('[data-testid^="measure-"]', { hasText: '检查围堰' }).first()
  await measure.waitFor()
  await measure.locator('[data-testid^="measure-edit-"]').click()
  await choose(page, 'measure-frequency', '每周')
  await page.locator('[data-testid="measure-save"]').click()
  await page.locator('[data-testid^="measure-"]', { hasText: '检查围堰' }).filter({ hasText: '每周' }).first().waitFor()
  await page.reload()
  const saved = (await page.locator('[data-testid^="measure-"]', { hasText: '检查围堰' }).first().textContent()) || ''
  check(saved.includes('每周'), `the measure's frequency is saved as weekly, saw "${saved}"`)
  await shot(page, 'r4-measure-edited')
})

await scenario('r5: mb.safety runs an ad hoc fire-prevention inspection and finds it in the records; duties are listed', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/inspection/records`)
  await page.locator('[data-testid="adhoc-start"]').click()
  await choose(page, 'adhoc-checklist', '防火专项排查')
  await page.locator('[data-testid="adhoc-go"]').click()
  await page.waitForURL(/\/inspection\/adhoc\/\d+/)
  await page.locator('[data-testid="inspection-submit"]').waitFor()
  const cards = page.locator('[data-testid^="item-"][data-testid$="-outcome"]')
  const n = await cards.count()
  check(n > 0, 'the fire-prevention checklist has items')
  for (let i = 1; i <= n; i++) {
    await page.locator(`[data-testid="item-${i}-pass"]`).click()
    if ((await page.locator(`[data-testid="item-${i}"] .el-tag--warning`).count()) > 0) {
      await page.locator(`[data-testid="item-${i}-photo"]`).setInputFiles({ name: `防火${i}.png`, mimeType: 'image/png', buffer: PNG })
      await page.locator(`[data-testid="item-${i}"] .el-tag`, { hasText: `防火${i}.png` }).waitFor()
    }
  }
  await page.locator('[data-testid="inspection-submit"]').click()
  await confirmBox(page)
  await page.waitForURL(/\/inspection\/records\/\d+/)
  await page.locator('[data-testid="task-record"]').waitFor()
  const recordId = page.url().split('/').pop()
  await page.goto(`${BASE}/inspection/records`)
  await page.locator(`[data-testid="record-link-${recordId}"]`).waitFor()
  await shot(page, 'r5-records-phone')
  await page.goto(`${BASE}/inspection/duties`)
  await page.locator('[data-testid="duty-table"] .el-table__row').first().waitFor()
})
