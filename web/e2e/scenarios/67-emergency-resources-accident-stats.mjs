// Emergency resources and accident statistics and investigation (issue 14 §2, §4): the enterprise's
// equipment list shows an expiring item orange and an expired one red with the days; the city's
// accident statistics page draws its charts (by month, grade, type) and the timeliness table; the
// county records an investigation, adds a finding and turns it into a hidden danger in one click.
import { BASE, apiCall, apiOk, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)

await scenario('er1: the equipment list shows expiring and expired items', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/resources?category=material`)
  await page.locator('[data-testid="resource-table"]').waitFor()
  await page.locator('[data-testid="resource-alert-due_soon"]').first().waitFor()
  const soon = (await page.locator('[data-testid="resource-table"] .alert-due-soon').first().textContent()) || ''
  check(/剩 \d+ 天/.test(soon), `an expiring row should say the days left, saw "${soon}"`)
  const past = (await page.locator('[data-testid="resource-table"] .alert-past-due').first().textContent()) || ''
  check(past.includes('已过期') && /已过 \d+ 天/.test(past), `the expired row should be red with its days, saw "${past}"`)
  await shot(page, 'er1-resources-materials')
  // Every item keeps its history.
  await page.locator('[data-testid^="resource-history-"]').first().click()
  await page.locator('[data-testid="resource-history"]').getByText('新增').first().waitFor()
  await page.keyboard.press('Escape')
  // The alert filter narrows to the expired ones.
  await page.locator('[data-testid="resource-tabs"]').getByText('应急队伍').click()
  await page.locator('[data-testid="resource-table"]').getByText('企业专职应急救援队').first().waitFor()
  await shot(page, 'er1-resources-teams')
  // A regulator sees the counts of the city by county.
  const { page: city } = await newPage()
  await login(city, 'jining')
  await city.goto(`${BASE}/emergency/resources?category=material`)
  await city.locator('[data-testid="resource-overview"]').getByText('邹城市').waitFor()
  await shot(city, 'er1-city-overview')
  // Usable on a 390 px phone: the page itself does not scroll sideways (the table scrolls in its box).
  const { page: phone } = await newPage({ width: 390, height: 844 })
  await login(phone, 'mb.safety')
  await phone.goto(`${BASE}/emergency/resources?category=material`)
  await phone.locator('[data-testid="resource-alert-past_due"]').first().waitFor()
  const over = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the resource list scrolls sideways by ${over}px at 390 px`)
  await shot(phone, 'er1-resources-390')
})

await scenario('er2: the accident statistics page draws its charts', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/emergency/accident-statistics`)
  for (const id of ['accident-stat-month', 'accident-stat-grade', 'accident-stat-type'])
    await page.locator(`[data-testid="${id}"] canvas`).first().waitFor()
  const cards = (await page.locator('[data-testid="accident-stat-cards"]').textContent()) || ''
  check(/事故起数/.test(cards), `the headline figures should show, saw "${cards}"`)
  const rows = await page.locator('[data-testid="accident-stat-timeliness"] .el-table__body tr').count()
  check(rows > 0, 'the timeliness table should list the sending units')
  await page.locator('[data-testid="accident-stat-regions"]').getByText('邹城市').first().waitFor()
  await shot(page, 'er2-accident-statistics')
  const api = await apiCall('jining', 'GET', '/accidents/statistics')
  check(api.status === 200 && api.body.by_month.length === 12, `12 months expected: ${api.status}`)
})

await scenario('er3: an investigation finding becomes a hidden danger', async () => {
  const now = new Date(Date.now() - 60 * 60 * 1000).toISOString()
  const acc = await apiOk('mb.safety', 'POST', '/accidents', { occurred_at: now, title: `E2E 调查 ${stamp}`, accident_type: '03', serious_injuries: 1 })
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/accidents/${acc.id}`)
  await page.locator('[data-testid="investigation-section"]').waitFor()
  await page.locator('[data-testid="investigation-edit"]').click()
  await field(page, 'investigation-leader').fill('邹城市应急管理局 副局长')
  await page.locator('[data-testid="investigation-save"]').click()
  await page.locator('[data-testid="investigation-dialog"]').waitFor({ state: 'hidden' })
  const status = (await page.locator('[data-testid="investigation-report-status"]').textContent()) || ''
  check(status.includes('进行中'), `the report deadline should be running, saw "${status}"`)
  await page.locator('[data-testid="finding-add"]').click()
  await field(page, 'finding-title').fill(`E2E 设备防护装置缺失 ${stamp}`)
  await page.locator('[data-testid="finding-save"]').click()
  await page.locator('[data-testid="finding-dialog"]').waitFor({ state: 'hidden' })
  const inv = await apiOk('zoucheng', 'GET', `/accidents/${acc.id}/investigation`)
  const finding = inv.findings[0]
  check(finding && finding.hidden_danger_id === null, 'the finding should be recorded, not yet converted')
  await page.locator(`[data-testid="finding-convert-${finding.id}"]`).click()
  const text = await confirmBox(page)
  check(text.includes('1 条隐患'), `the confirmation should state the consequence, saw "${text}"`)
  const link = page.locator(`[data-testid="finding-hd-${finding.id}"]`)
  await link.waitFor()
  await shot(page, 'er3-finding-hidden-danger')
  const after = await apiOk('zoucheng', 'GET', `/accidents/${acc.id}/investigation`)
  const hd = await apiOk('mb.safety', 'GET', `/hidden-dangers/${after.findings[0].hidden_danger_id}`)
  check(hd.title === `E2E 设备防护装置缺失 ${stamp}` && hd.source === 'referral', `the hidden danger should be the enterprise's: ${JSON.stringify(hd).slice(0, 200)}`)
})
