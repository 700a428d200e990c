// Platform foundation: dashboard, enterprise registry, notices round trip, phone layout, admin separation.
import { BASE, PASSWORD, check, confirmBox, newPage, shot, login, listTotal, field, waitForList, pickSelectOption, scenario } from '../lib.mjs'

const noticeTitle = `E2E 安全生产检查通知 ${new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}`
let noticeId = null

await scenario('a: jining dashboard, enterprise list, region filter, detail', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/`)
  await page.locator('[data-testid="chart-region"] canvas').waitFor()
  await page.locator('[data-testid="chart-industry"] canvas').waitFor()
  await page.waitForTimeout(800)
  await shot(page, 'a1-dashboard')

  // Clicking a region's bar opens the enterprise list filtered by that region.
  // The home puts 我的待办 and other cards first, loaded one by one: wait until they all are (the
  // layout stops moving), then bring the chart into view before clicking its bar.
  await page.waitForLoadState('networkidle')
  await page.locator('[data-testid="chart-region"]').scrollIntoViewIfNeeded()
  // Pushed notifications (at most three toasts and a summary) may cover the chart's right end.
  for (const close of await page.locator('.el-notification__closeBtn').all()) await close.click().catch(() => {})
  await page.waitForTimeout(300)
  const chart = await page.locator('[data-testid="chart-region"] canvas').boundingBox()
  await page.mouse.click(chart.x + chart.width - 40, chart.y + chart.height - 60)
  await page.waitForURL(/\/enterprises\?region_code=\d+/)
  await page.locator('[data-testid="enterprise-table"] .el-table__row').first().waitFor()

  const first = waitForList(page, '/api/v1/enterprises?')
  await page.goto(`${BASE}/enterprises`)
  await first
  await page.locator('[data-testid="enterprise-table"] .el-table__row').first().waitFor()
  const total = await listTotal(page)
  check(total >= 300, `expected at least 300 enterprises, saw ${total}`)

  const cascader = page.locator('[data-testid="filter-region"] input').first()
  await cascader.click()
  await cascader.fill('邹城')
  const suggestion = page.locator('.el-cascader__suggestion-item:visible', { hasText: '邹城市' }).first()
  await suggestion.waitFor()
  await suggestion.click()
  const filtered = waitForList(page, 'region_code=370883')
  await page.locator('[data-testid="filter-search"]').click()
  await filtered
  await page.waitForTimeout(300)
  const zoucheng = await listTotal(page)
  check(zoucheng > 0 && zoucheng < total, `region filter should reduce ${total}, saw ${zoucheng}`)
  await shot(page, 'a2-enterprises-zoucheng')

  const link = page.locator('[data-testid="enterprise-table"] .el-table__row a').first()
  const name = (await link.textContent())?.trim()
  await link.click()
  await page.waitForURL(/\/enterprises\/\d+/)
  await page.locator('[data-testid="enterprise-fields"]').waitFor()
  const title = (await page.locator('[data-testid="enterprise-title"]').textContent())?.trim()
  check(title === name, `detail title "${title}" should be "${name}"`)
  await shot(page, 'a3-enterprise-detail')
})

await scenario('b1: jining sends a notice to the agency of 任城区', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/notices/new`)
  await field(page, 'notice-title').fill(noticeTitle)
  await field(page, 'notice-body').fill('请各单位于期限内完成安全生产隐患自查，并反馈自查情况。')
  await pickSelectOption(page, page.locator('[data-testid="recipients-agencies"]'), '任城', '任城')
  await shot(page, 'b1-notice-form')
  await page.locator('[data-testid="notice-send"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await page.waitForURL(/\/notices\/\d+$/)
  noticeId = page.url().match(/\/notices\/(\d+)$/)[1]
  await page.locator('[data-testid="recipient-table"] .el-table__row').first().waitFor()
  await shot(page, 'b1-notice-sent')
})

await scenario('b2: rencheng acknowledges and submits feedback', async () => {
  check(noticeId, 'no notice was sent in b1')
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/inbox`)
  const link = page.locator('[data-testid="inbox-table"] a', { hasText: noticeTitle }).first()
  await link.waitFor()
  await link.click()
  await page.waitForURL(/\/inbox\/\d+/)
  await page.locator('[data-testid="inbox-body"]').waitFor()
  await page.locator('[data-testid="acknowledge"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="inbox-status"][data-value="acknowledged"]').waitFor()
  await field(page, 'feedback-text').fill('任城区已完成自查，共排查企业 12 家，发现一般隐患 3 处，均已整改。')
  await page.locator('[data-testid="feedback-submit"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="feedback-submitted"]').waitFor()
  await shot(page, 'b2-inbox-feedback')
})

await scenario('b3: jining sees the recipient status feedback_submitted', async () => {
  check(noticeId, 'no notice was sent in b1')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/notices/${noticeId}`)
  await page.locator('[data-testid="recipient-table"] [data-value="feedback_submitted"]').first().waitFor()
  await page.locator('[data-testid="chart-notice-stats"] canvas').waitFor()
  await page.waitForTimeout(600)
  await shot(page, 'b3-notice-feedback')
})

await scenario('c: phone width, hc.safety opens the menu drawer and the inbox', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'hc.safety')
  await page.locator('[data-testid="menu-toggle"]').click()
  const item = page.locator('.menu-drawer [data-menu="/inbox"]')
  await item.waitFor()
  await page.waitForTimeout(400)
  await shot(page, 'c1-phone-menu-drawer')
  await item.click()
  await page.waitForURL(/\/inbox$/)
  await page.locator('[data-testid="inbox-cards"]').waitFor()
  await page.waitForTimeout(500)
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(overflow <= 2, `page is ${overflow}px wider than the phone screen`)
  await shot(page, 'c2-phone-inbox')
})

await scenario('d1: auditadmin verifies the audit chain', async () => {
  const { page } = await newPage()
  await login(page, 'auditadmin')
  await page.goto(`${BASE}/admin/audit-log`)
  await page.locator('[data-testid="audit-table"] .el-table__row').first().waitFor()
  await page.locator('[data-testid="audit-verify"]').click()
  await page.locator('[data-testid="audit-verify-ok"]').waitFor()
  await shot(page, 'd1-audit-verify')
})

await scenario('d2: sysadmin has no audit log menu', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await page.locator('[data-testid="app-menu"]').waitFor()
  // The system administrator's menu also holds the product catalogue (民爆台账 › 品种目录): open the
  // sub-menu that holds user administration, wherever it sits.
  const admin = page.locator('[data-testid="app-menu"] .el-sub-menu', { has: page.locator('[data-menu="/admin/users"]') }).locator('.el-sub-menu__title').first()
  if (await admin.count()) await admin.click()
  await page.locator('[data-menu="/admin/users"]').waitFor()
  check((await page.locator('[data-menu="/admin/audit-log"]').count()) === 0, 'sysadmin sees the audit log menu')
  await page.goto(`${BASE}/admin/audit-log`)
  await page.waitForURL(/\/403$/)
  await shot(page, 'd2-sysadmin-menu')
})

