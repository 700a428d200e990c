// Daily zero report (issue 14 §1): the county regulator declares a zero-report period (1366 px) and
// the enterprises of its county are notified; 恒安民爆's duty officer reports "nothing abnormal" in
// one tap on a 390 px phone; the regulator's board counts it live and one click reminds every
// enterprise still missing (the confirmation states how many); the demo's city period shows late
// reports and missing enterprises.
import { BASE, apiCall, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const title = `E2E 两会零报告 ${stamp}`
let periodId = 0

await scenario('zr1: the county regulator declares a period', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/zero-report`)
  await page.locator('[data-testid="zero-report-periods"]').waitFor()
  await page.locator('[data-testid="zero-report-declare"]').click()
  await page.locator('[data-testid="zero-report-declare-dialog"]').waitFor()
  await field(page, 'zero-report-title').fill(title)
  await page.locator('[data-testid="zero-report-reason"]').getByText('两会').click()
  await shot(page, 'zr1-declare-dialog')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/zero-report-periods') && r.request().method() === 'POST')
  await page.locator('[data-testid="zero-report-declare-submit"]').click()
  const text = await confirmBox(page)
  check(text.includes('通知范围内企业'), `the confirmation should state the consequence, saw "${text}"`)
  const res = await made
  check(res.status() === 201, `the declaration answered ${res.status()}: ${await res.text()}`)
  const body = await res.json()
  periodId = body.id
  check(body.notified_enterprises > 1, `the county's enterprises should be notified, saw ${body.notified_enterprises}`)
  await page.waitForURL((u) => u.pathname === `/emergency/zero-report/${periodId}`)
  await page.locator('[data-testid="zero-report-counts"]').waitFor()
  const missing = Number(((await page.locator('[data-testid="zero-report-count-missing"]').textContent()) || '').replace(/,/g, ''))
  check(missing === body.notified_enterprises, `every enterprise should be missing at first: ${missing} vs ${body.notified_enterprises}`)
  const inbox = await apiCall('mb.duty', 'GET', '/notifications?page_size=20')
  check((inbox.body.items || []).some((n) => n.kind === 'zero_report_declared' && n.title.includes(title)), 'mb.duty should be notified of the period')
  await shot(page, 'zr1-board-declared')
})

await scenario('zr2: an enterprise reports nothing abnormal from a 390 px phone', async () => {
  check(periodId > 0, 'no period from zr1')
  const { page } = await newPage(PHONE)
  await login(page, 'mb.duty')
  await page.goto(`${BASE}/emergency/zero-report/today`)
  const card = page.locator('[data-testid="zero-report-card"]').filter({ hasText: title })
  await card.waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'zr2-today-390')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/zero-reports') && r.request().method() === 'POST')
  await card.locator('[data-testid="zero-report-nothing"]').click()
  const res = await made
  check(res.status() === 201, `the report answered ${res.status()}: ${await res.text()}`)
  await card.locator('[data-testid="zero-report-today-status"]').filter({ hasText: '零报告' }).waitFor()
  await shot(page, 'zr2-reported-390')
})

await scenario('zr3: the regulator sees it and reminds the missing in one click', async () => {
  check(periodId > 0, 'no period from zr1')
  const before = await apiCall('zoucheng', 'GET', `/zero-report-periods/${periodId}/board?status=missing`)
  const missing = before.body.counts.missing
  check(before.body.counts.reported === 1, `one report expected, saw ${before.body.counts.reported}`)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/zero-report/${periodId}`)
  await page.locator('[data-testid="zero-report-counts"]').waitFor()
  const reported = ((await page.locator('[data-testid="zero-report-count-reported"]').textContent()) || '').trim()
  check(reported === '1', `the board should count 1 reported, saw "${reported}"`)
  await page.locator('[data-testid="zero-report-status"]').click()
  await page.locator('.el-select-dropdown__item').filter({ hasText: '未报' }).first().click()
  await page.locator('button[type="submit"]').first().click()
  await page.locator('[data-testid="zero-report-board"]').getByText('未报').first().waitFor()
  const rows = await page.locator('[data-testid="zero-report-board"] .el-table__body tr').count()
  check(rows === Math.min(missing, 20), `the board should list the ${missing} missing, saw ${rows} rows`)
  const made = page.waitForResponse((r) => r.url().endsWith(`/zero-report-periods/${periodId}/remind`))
  await page.locator('[data-testid="zero-report-remind"]').click()
  const text = await confirmBox(page)
  check(text.includes(`${missing} 家企业未报`) && text.includes(`共 ${missing} 条`), `the confirmation should state ${missing} reminders, saw "${text}"`)
  const res = await made
  const body = await res.json()
  check(res.status() === 200 && body.reminded === missing, `reminded ${body.reminded} of ${missing}: ${JSON.stringify(body)}`)
  await shot(page, 'zr3-reminded')
})

await scenario('zr4: the demo period shows late reports and missing enterprises', async () => {
  const list = await apiCall('jining', 'GET', '/zero-report-periods?state=current&page_size=50')
  const demo = (list.body.items || []).find((p) => !String(p.title).startsWith('E2E') && p.region_code === '370800')
  check(!!demo, 'the demo should hold a city period in progress')
  const detail = await apiCall('jining', 'GET', `/zero-report-periods/${demo.id}`)
  check(detail.body.days.length >= 3, `the demo period started 2 days ago, saw ${detail.body.days.length} days`)
  check(detail.body.days.some((d) => d.late > 0), 'some demo reports should be late')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/emergency/zero-report/${demo.id}`)
  await page.locator('[data-testid="zero-report-history"]').waitFor()
  await shot(page, 'zr4-demo-board')
})
