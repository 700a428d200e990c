// The annual enforcement plan and its random draw (双随机一公开, issue 11 §3): the county regulator
// rencheng plans its year, draws enterprises and two of its own inspectors, sees the seed, the
// planned inspections and the completion chart, and opens the published result (the same seed,
// re-run to the same result); the city above (jining) sees the county's plan.
import { BASE, check, newPage, shot, login, field, scenario } from '../lib.mjs'

let planId = null
let seed = null

function chinaDate(plusDays) {
  return new Date(Date.now() + 8 * 3600_000 + plusDays * 86400_000).toISOString().slice(0, 10)
}

await scenario('ep1: rencheng plans the year and draws (双随机)', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/enforcement-plans`)
  await page.locator('[data-testid="plan-table"]').waitFor()
  const existing = page.locator('[data-testid="plan-table"] a', { hasText: '年度监督检查计划' })
  if ((await existing.count()) > 0) {
    await existing.first().click()
  } else {
    await page.locator('[data-testid="plan-create"]').click()
    await field(page, 'target-duty_emergency-4').fill('2')
    await field(page, 'target-routine-4').fill('6')
    await shot(page, 'ep1-plan-create')
    const created = page.waitForResponse((r) => r.url().endsWith('/enforcement-plans') && r.request().method() === 'POST')
    await page.locator('[data-testid="plan-save"]').click()
    const res = await created
    check(res.status() === 201, `plan answered ${res.status()}: ${await res.text()}`)
  }
  await page.waitForURL(/\/enforcement-plans\/\d+$/)
  planId = Number(page.url().match(/(\d+)$/)[1])
  await page.locator('[data-testid="draw-submit"]').waitFor()
  await field(page, 'draw-n').fill('5')
  const due = page.locator('.el-date-editor input').first()
  await due.click()
  // 20 days ahead, kept inside this year's plan (the draw refuses other years).
  const ahead = chinaDate(20)
  await due.fill(ahead.slice(0, 4) === chinaDate(0).slice(0, 4) ? ahead : `${chinaDate(0).slice(0, 4)}-12-31`)
  await due.press('Enter')
  await page.locator('.el-card__header', { hasText: '双随机抽取' }).click()
  await page.locator('[data-testid="draw-submit"]').click()
  const drawn = page.waitForResponse((r) => r.url().includes(`/enforcement-plans/${planId}/draws`) && r.request().method() === 'POST')
  await page.locator('.el-message-box__btns .el-button--primary').click()
  const res = await drawn
  const body = await res.json().catch(() => ({}))
  check(res.status() === 201, `draw answered ${res.status()}: ${JSON.stringify(body)}`)
  seed = body.seed
  check(/^[0-9a-f]{16}$/.test(seed || ''), `the draw should show a 16-digit seed, got ${seed}`)
  check(body.reproduced === true, 'the draw should re-run to the same result')
  await page.locator('[data-testid="draw-seed"]', { hasText: seed }).first().waitFor()
  const rows = await page.locator('[data-testid="plan-items"] .el-table__body tr').count()
  check(rows >= 5, `the draw should plan at least 5 inspections, saw ${rows}`)
  const planned = Number(((await page.locator('[data-testid="plan-planned"]').textContent()) || '').replace(/[^\d]/g, ''))
  check(planned >= 5, `the plan should count the planned inspections, saw ${planned}`)
  await page.locator('[data-testid="plan-chart"] canvas').first().waitFor()
  const inspectors = await page.locator('[data-testid="plan-inspectors"] .el-table__body tr').count()
  check(inspectors === 2, `two inspectors of 任城 should be drawn, saw ${inspectors}`)
  await shot(page, 'ep1-plan-drawn')
  // On a phone the page fits its width.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.waitForTimeout(300)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 391, `the plan page should fit 390 px, is ${width}`)
  await shot(page, 'ep1-plan-phone')
})

await scenario('ep2: the published draw shows the seed and re-runs to the same result', async () => {
  check(planId !== null && seed !== null, 'ep1 must draw first')
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/enforcement-plans/${planId}`)
  await page.locator('[data-testid="plan-draws"] a').first().click()
  await page.waitForURL(/\/enforcement-draws\/\d+$/)
  await page.locator('[data-testid="pub-seed"]', { hasText: seed }).waitFor()
  const tag = (await page.locator('[data-testid="pub-reproduced"]').textContent()) || ''
  check(tag.includes('一致') && !tag.includes('不一致'), `the publication should say the re-run agrees, says ${tag}`)
  check((await page.locator('[data-testid="pub-items"] .el-table__body tr').count()) >= 5, 'the publication lists the drawn enterprises')
  await shot(page, 'ep2-publication')
})

await scenario('ep3: the city sees its county\'s plan and completion', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/enforcement-plans`)
  await page.locator('[data-testid="plan-table"] a').first().waitFor()
  const row = page.locator('[data-testid="plan-table"] .el-table__body tr', { hasText: '任城' })
  check((await row.count()) >= 1, 'jining should see 任城\'s plan')
  await shot(page, 'ep3-city-plans')
  await page.goto(`${BASE}/enforcement-plans/${planId}`)
  await page.locator('[data-testid="plan-chart"] canvas').first().waitFor()
  check((await page.locator('[data-testid="draw-submit"]').count()) === 0, 'the city does not draw on the county\'s plan')
})
