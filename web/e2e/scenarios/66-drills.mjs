// Drills (issue 14 §3): an enterprise records a drill on a 390 px phone — plan, type, scenario,
// participants, a photo and two problems; one problem becomes a hidden danger in one click (the
// confirmation states the consequence); the results report goes to the county, which
// acknowledges it; the enterprise's compliance calendar and the city's subtree compliance (chart,
// late enterprises) show the half-year obligations.
import { BASE, apiCall, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64')
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
let drillId = 0

await scenario('dr1: mb.safety records a drill with a photo and problems on a 390 px phone', async () => {
  const { page } = await newPage(PHONE)
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/drills/new`)
  await page.locator('[data-testid="drill-form"]').waitFor()
  await page.locator('[data-testid="drill-plans"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '综合应急预案' }).first().click()
  await page.keyboard.press('Escape')
  await field(page, 'drill-scenario').fill(`E2E 成品库房火灾初期处置 ${stamp}`)
  await field(page, 'drill-count').fill('15')
  await field(page, 'drill-place').fill('成品库区')
  await field(page, 'drill-names').fill('王建国、李红梅、赵志强')
  await page.locator('[data-testid="drill-photo-input"]').setInputFiles({ name: '演练现场.png', mimeType: 'image/png', buffer: PNG })
  await page.locator('.photo-capture .thumb').first().waitFor()
  await field(page, 'drill-problem-0').fill(`E2E 应急广播在库区东侧听不清 ${stamp}`)
  await page.locator('[data-testid="drill-add-problem"]').click()
  await field(page, 'drill-problem-1').fill('消防通道被叉车临时占用')
  await field(page, 'drill-evaluation').fill('响应及时，通讯基本畅通')
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the drill form scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'dr1-form-390')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/drills') && r.request().method() === 'POST')
  await page.locator('[data-testid="drill-submit"]').click()
  const res = await made
  check(res.status() === 201, `recording answered ${res.status()}: ${await res.text()}`)
  const body = await res.json()
  drillId = body.id
  check(body.photo_file_ids.length === 1 && body.problems.length === 2, `photo and problems stored: ${JSON.stringify(body)}`)
  await page.locator('[data-testid="drill-number"]').waitFor()
  await shot(page, 'dr1-detail-390')
})

await scenario('dr2: a problem becomes a hidden danger in one click', async () => {
  check(drillId > 0, 'no drill from dr1')
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/drills/${drillId}`)
  await page.locator('[data-testid="drill-problem-1-hd"]').click()
  const text = await confirmBox(page)
  check(text.includes('登记 1 条隐患') && text.includes('E2E 应急广播'), `the confirmation should state the consequence, saw "${text}"`)
  await page.locator('[data-testid="drill-problem-hd-link"]').waitFor()
  const d = await apiCall('mb.safety', 'GET', `/drills/${drillId}`)
  const hdId = d.body.problems[0].hidden_danger_id
  check(d.body.problems[0].action === 'hidden_danger' && hdId > 0, `the problem should point at its hidden danger: ${JSON.stringify(d.body.problems[0])}`)
  const hd = await apiCall('zoucheng', 'GET', `/hidden-dangers/${hdId}`)
  check(hd.status === 200 && String(hd.body.title).startsWith('E2E 应急广播'), `the county should see the hidden danger: ${hd.status}`)
  await shot(page, 'dr2-problem-hidden-danger')
})

await scenario('dr3: the results report reaches the county, which acknowledges it', async () => {
  check(drillId > 0, 'no drill from dr1')
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/drills/${drillId}`)
  await page.locator('[data-testid="drill-submit-report"]').click()
  await field(page, 'drill-report-summary').fill('演练总结：响应时间 4 分钟，发现 2 个问题，1 个已转为隐患整改。')
  await page.locator('[data-testid="drill-report-send"]').click()
  const text = await confirmBox(page)
  check(/报送给 \d+ 个上级监管部门/.test(text), `the confirmation should count the agencies, saw "${text}"`)
  await page.locator('[data-testid="drill-submit-report"]').waitFor({ state: 'detached' })
  const county = await newPage()
  await login(county.page, 'zoucheng')
  await county.page.goto(`${BASE}/emergency/drills/${drillId}`)
  await county.page.locator('[data-testid="drill-acknowledge"]').click()
  await confirmBox(county.page)
  await county.page.locator('[data-testid="drill-acknowledge"]').waitFor({ state: 'detached' })
  const status = (await county.page.locator('[data-testid="drill-report-status"]').textContent()) || ''
  check(status.includes('已签收'), `the report should read acknowledged, saw "${status}"`)
  await shot(county.page, 'dr3-county-acknowledged')
})

await scenario('dr4: compliance — the enterprise calendar and the city subtree', async () => {
  const { page } = await newPage(PHONE)
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/drill-compliance`)
  await page.locator('[data-testid="compliance-calendar"]').waitFor()
  const done = await page.locator('[data-testid="obligation-done"]').count()
  check(done > 0, 'the calendar should show done obligations')
  await shot(page, 'dr4-enterprise-calendar-390')
  const city = await newPage()
  await login(city.page, 'jining')
  await city.page.goto(`${BASE}/emergency/drill-compliance`)
  await city.page.locator('[data-testid="compliance-chart"]').waitFor()
  const totals = (await city.page.locator('[data-testid="compliance-totals"]').textContent()) || ''
  check(/家企业中 \d+ 家逾期未演练/.test(totals), `the totals should count late enterprises, saw "${totals}"`)
  await city.page.locator('[data-testid="compliance-late"]').getByText('润泽化工').first().waitFor()
  await shot(city.page, 'dr4-city-compliance')
})
