// Accidents (issue 14 §4): an enterprise reports an accident from a 390 px phone — what, where,
// when, casualties — and gets the computed grade and the report chain; the county regulator sees
// it with its deadlines and forwards it up in time with one click; a late demo step shows red with
// its minutes (1366 px).
import { BASE, apiCall, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
let accidentId = 0

await scenario('ac1: mb.safety reports an accident from a 390 px phone', async () => {
  const { page } = await newPage(PHONE)
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/accidents/new`)
  await page.locator('[data-testid="accident-report-form"]').waitFor()
  await field(page, 'accident-title').fill(`E2E 装药工房机械伤害 ${stamp}`)
  await field(page, 'accident-address').fill('邹城市恒安民爆装药工房二号线')
  await field(page, 'accident-injuries').fill('1')
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the report form scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'ac1-report-form-390')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/accidents') && r.request().method() === 'POST')
  await page.locator('[data-testid="accident-submit"]').click()
  const res = await made
  check(res.status() === 201, `the report answered ${res.status()}: ${await res.text()}`)
  accidentId = (await res.json()).id
  await page.locator('[data-testid="accident-number"]').waitFor()
  const grade = (await page.locator('[data-testid="accident-grade"]').first().textContent()) || ''
  check(grade.includes('一般事故'), `the grade should read 一般事故, saw "${grade}"`)
  const unit = (await page.locator('[data-testid="step-unit_to_county"]').textContent()) || ''
  check(unit.includes('按时'), `the unit's report should be on time, saw "${unit}"`)
  await shot(page, 'ac1-reported-390')
})

await scenario('ac2: the county sees it and forwards it up in time', async () => {
  check(accidentId > 0, 'no accident from ac1')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/accidents`)
  await page.locator('[data-testid="accident-table"]').waitFor()
  await page.locator('[data-testid="accident-table"]').getByText(`E2E 装药工房机械伤害 ${stamp}`).waitFor()
  await shot(page, 'ac2-county-list')
  await page.goto(`${BASE}/emergency/accidents/${accidentId}`)
  const pending = (await page.locator('[data-testid="step-county_to_city"]').textContent()) || ''
  check(pending.includes('待报告'), `the county's step should be pending, saw "${pending}"`)
  await page.locator('[data-testid="accident-forward"]').click()
  const text = await confirmBox(page)
  check(text.includes('签收'), `the confirmation should state the consequence, saw "${text}"`)
  await page.locator('[data-testid="accident-forward"]').waitFor({ state: 'detached' })
  const done = (await page.locator('[data-testid="step-county_to_city"]').textContent()) || ''
  check(done.includes('按时'), `the county's step should be done on time, saw "${done}"`)
  const direct = (await page.locator('[data-testid="step-county_to_province_direct"]').textContent()) || ''
  check(direct.includes('按时'), `the 30-minute direct report should be on time, saw "${direct}"`)
  const after = await apiCall('zoucheng', 'GET', `/accidents/${accidentId}`)
  check(after.body.forwards.length === 1 && after.body.can_forward === false, `the forward should be recorded once: ${JSON.stringify(after.body.forwards)}`)
  await shot(page, 'ac2-county-forwarded')
})

await scenario('ac3: a late step of the demo shows red with its minutes', async () => {
  const list = await apiCall('jining', 'GET', '/accidents?page_size=100')
  const late = (list.body.items || []).find((a) => a.late_steps > 0 && !String(a.title).startsWith('E2E'))
  check(!!late, 'the demo should hold a late accident report')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/emergency/accidents/${late.id}`)
  const step = late.deadlines.find((d) => d.late_minutes > 0)
  const tag = (await page.locator(`[data-testid="step-${step.key}"]`).textContent()) || ''
  check(/迟报 [\d,]+ 分钟/.test(tag), `the late step should read 迟报 N 分钟, saw "${tag}"`)
  await shot(page, 'ac3-late-step')
})
