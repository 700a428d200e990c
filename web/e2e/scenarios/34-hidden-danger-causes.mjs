// Issue 11 §3: a hidden danger takes any code of the GB/T 13861 tree and a GB 6441 accident type
// (hc.safety on a phone); the county regulator rencheng reads the statistics by hazard factor —
// the four classes, then drilled down one level at a time — and by accident type, the rows
// adding up to the headline figure, a row's figure opening the list of exactly those.
import { BASE, apiCall, check, field, login, newPage, scenario, shot } from '../lib.mjs'

const title = `E2E 静电接地线断开 ${new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}`
const num = (s) => Number(String(s || '').replace(/[^\d]/g, ''))

await scenario('hc1: hc.safety reports with a GB/T 13861 item and a GB 6441 accident type on a phone', async () => {
  const { page } = await newPage({ width: 390, height: 844 })
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/hidden-dangers/report`)
  await page.locator('[data-testid="hd-report-form"]').waitFor()
  await field(page, 'hd-report-title').fill(title)
  await field(page, 'hd-report-location').fill('罐区东侧')
  // The cascader searches the whole tree: an item four levels down.
  await page.locator('.el-cascader').first().click()
  await page.keyboard.type('静电')
  const suggestion = page.locator('.el-cascader__suggestion-item:visible', { hasText: '210303' }).first()
  await suggestion.waitFor()
  await suggestion.click()
  await page.locator('[data-testid="hd-report-accident-type"]').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '火药爆炸' }).first().click()
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 391, `the report page should fit 390 px, is ${width}`)
  await shot(page, 'hc1-report-hazard-factor-390')
  await page.locator('[data-testid="hd-report-submit"]').click()
  await page.waitForURL(/\/hidden-dangers\/\d+$/)
  const text = (await page.locator('.el-descriptions').first().textContent()) || ''
  check(text.includes('210303 静电和杂散电流'), `the detail should name the hazard factor, saw ${text.slice(0, 300)}`)
  check(text.includes('14 火药爆炸'), `the detail should name the accident type, saw ${text.slice(0, 300)}`)
  await shot(page, 'hc1-detail-390')
})

await scenario('hc2: rencheng reads the statistics by hazard factor (drilled down) and by accident type', async () => {
  const api = await apiCall('rencheng', 'GET', '/hidden-dangers/statistics')
  check(api.status === 200, `statistics answered ${api.status}`)
  for (const viewport of [{ width: 1366, height: 860 }, { width: 390, height: 844 }]) {
    const { page } = await newPage(viewport)
    await login(page, 'rencheng')
    await page.goto(`${BASE}/hidden-dangers/statistics`)
    const factors = page.locator('[data-testid="hd-stat-factor-table"]')
    await factors.locator('tbody tr').first().waitFor()
    const found = num(await page.locator('[data-testid="hd-stat-found"] .value').textContent())
    // The classes (and the unclassified row) add up to the headline figure.
    const rows = await factors.locator('tbody tr').allTextContents()
    check(rows.length >= 4, `four classes expected, saw ${rows.length}`)
    for (const c of ['1 人的因素', '2 物的因素', '3 环境因素', '4 管理因素'])
      check(rows.some((r) => r.includes(c)), `class "${c}" missing: ${rows.join(' | ')}`)
    const cells = await factors.locator('tbody tr td:nth-child(2)').allTextContents()
    const sum = cells.reduce((n, c) => n + num(c), 0)
    check(sum === found && found === api.body.totals.found, `the classes add up to ${sum}, the headline says ${found}`)
    const types = await page.locator('[data-testid="hd-stat-type-table"] tbody tr').allTextContents()
    check(types.length >= 20 && types.some((r) => r.includes('14 火药爆炸')), `GB 6441's twenty types expected, saw ${types.length}`)
    const suffix = viewport.width < 500 ? '-390' : ''
    if (suffix) {
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      check(width <= 391, `the statistics page should fit 390 px, is ${width}`)
    }
    await page.locator('[data-testid="hd-stat-factors"]').scrollIntoViewIfNeeded()
    await shot(page, `hc2-statistics-classes${suffix}`)

    // Drill down: 2 物的因素 → its sub-classes → 21 物理性 → its groups.
    await page.locator('[data-testid="hd-factor-open-2"]').click()
    await page.locator('[data-testid="hd-factor-open-21"]').waitFor()
    const path = (await page.locator('[data-testid="hd-stat-factor-path"]').textContent()) || ''
    check(path.includes('2 物的因素'), `the breadcrumb should show the class, saw "${path}"`)
    await page.locator('[data-testid="hd-factor-open-21"]').click()
    await page.locator('[data-testid="hd-factor-open-2103"]').waitFor()
    await shot(page, `hc2-statistics-group${suffix}`)
    if (suffix) continue
    // A group's figure opens the list of exactly those (its subtree).
    const row = factors.locator('tbody tr', { hasText: '2103 电伤害' })
    const n = num(await row.locator('td:nth-child(2)').textContent())
    check(n >= 1, `2103 电伤害 should count the report of hc1, saw ${n}`)
    await row.locator('td:nth-child(2) a').click()
    await page.waitForURL(/\/hidden-dangers\?.*hazard_factor=2103/)
    await page.locator('[data-testid="list-total"]').waitFor()
    // The total shows 0 until the filtered page has loaded: wait for the answer, then compare.
    await page
      .waitForFunction((want) => Number((document.querySelector('[data-testid="list-total"]')?.textContent || '').replace(/[^\d]/g, '')) === want, n, { timeout: 15_000 })
      .catch(() => {})
    const total = num(await page.locator('[data-testid="list-total"]').textContent())
    check(total === n, `the list should hold the ${n} counted, holds ${total}`)
    await shot(page, 'hc2-list-hazard-factor')
  }
})
