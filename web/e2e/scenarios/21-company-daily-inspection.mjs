// The company-level daily inspection of civil-explosives enterprises (issue 11 §3): the demo's
// 恒安民爆 (邹城) missed yesterday's; the next morning the county regulator finds it on the
// dashboard and in the notifications, and follows the notification to the enterprise's tasks,
// one per area. The enterprise sees the duty as mandatory (必查) with no way to switch it off, and
// the API refuses a weekly frequency with the rule's Chinese message. The fire-prevention checklist
// shows the seed's 全员防火教育 and 突发事件处置预案 items. A risk event's hazard factor is picked from the
// GB/T 13861-2022 tree by searching it.
import { BASE, check, newPage, shot, login, scenario, apiCall, errorRules, field } from '../lib.mjs'

const MB = '邹城恒安民爆器材有限公司'

await scenario('c1: zoucheng sees 恒安民爆\'s missed daily inspection the next morning', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/`)
  const card = page.locator('[data-testid="missed-daily-card"]')
  await card.getByText(MB).first().waitFor()
  await page.goto(`${BASE}/notifications`)
  const note = page.locator('[data-testid="notification-list"] .item', { hasText: `民爆企业漏检：${MB}` }).first()
  await note.waitFor()
  const body = (await note.textContent()) || ''
  check(body.includes('生产区') && body.includes('库区'), `the notification names the areas not inspected, saw "${body}"`)
  await shot(page, 'c1-missed-daily-notification')
  await note.click()
  await page.waitForURL(/\/inspection\/tasks\?enterprise_id=\d+/)
  const rows = page.locator('[data-testid="task-list"] .el-table__row', { hasText: '·库区：' })
  await rows.first().waitFor()
  await shot(page, 'c1-missed-daily-tasks')
})

await scenario('c2: mb.safety sees the daily inspection as mandatory and cannot lower it', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/inspection/duties`)
  const tag = page.locator('[data-testid^="duty-mandatory-"]').first()
  await tag.waitFor()
  const id = (await tag.getAttribute('data-testid')).replace('duty-mandatory-', '')
  check((await page.locator(`[data-testid="duty-deactivate-${id}"]`).count()) === 0, 'no deactivate button on the mandatory duty')
  await shot(page, 'c2-mandatory-duty')
  const duties = await apiCall('mb.safety', 'GET', '/inspection-duties')
  const duty = duties.body.items.find((d) => String(d.id) === id)
  const r = await apiCall('mb.safety', 'PUT', '/inspection-duties', { checklist_id: duty.checklist_id, frequency: 'weekly', assignee_user_id: duty.assignee_user_id, active: true })
  check(r.status === 422 && errorRules(r).includes('mandatory_duty_frequency'), `weekly is refused, saw ${r.status} ${JSON.stringify(r.body)}`)
  const zh = (r.body.errors || []).map((e) => e.message_zh || '').join('')
  check(zh.includes('每周'), `the Chinese message names the frequency, saw "${zh}"`)
})

await scenario('c3: the fire-prevention checklist asks about fire education and the emergency plan', async () => {
  const { page } = await newPage({ width: 390, height: 844 })
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/inspection/records`)
  await page.locator('[data-testid="adhoc-start"]').click()
  await page.locator('[data-testid="adhoc-checklist"] .el-select__wrapper').first().click()
  const option = page.locator('.el-select-dropdown:visible').last().locator('.el-select-dropdown__item', { hasText: '防火专项排查' }).first()
  await option.waitFor()
  await option.click()
  await page.locator('[data-testid="adhoc-go"]').click()
  await page.waitForURL(/\/inspection\/adhoc\/\d+/)
  await page.locator('[data-testid="item-7"]', { hasText: '全员防火教育' }).waitFor()
  await page.locator('[data-testid="item-8"]', { hasText: '处置预案' }).waitFor()
  const n = await page.locator('[data-testid^="item-"][data-testid$="-outcome"]').count()
  check(n === 8, `the fire-prevention checklist has 8 items, saw ${n}`)
  await shot(page, 'c3-fire-checklist')
})

await scenario('c4: hc.safety picks a GB/T 13861 item for a risk event by searching the tree', async () => {
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/risk/units`)
  await field(page, 'unit-filter-q').fill('甲醇储罐区')
  await page.keyboard.press('Enter')
  await page.locator('[data-testid="unit-table"] .el-table__row a', { hasText: '甲醇储罐区' }).first().click()
  await page.waitForURL(/\/risk\/units\/\d+/)
  await page.locator('[data-testid="event-add"]').click()
  await field(page, 'event-name').fill('装车静电引燃')
  await page.locator('[data-testid="event-accident-type"] .el-select__wrapper').click()
  const fire = page.locator('.el-select-dropdown:visible').last().locator('.el-select-dropdown__item', { hasText: '火灾' }).first()
  await fire.waitFor()
  await fire.click()
  // The cascader in the open dialog (Element Plus keeps the attribute off its input).
  const cascader = page.locator('.el-dialog:visible .el-cascader').first()
  await cascader.click()
  await cascader.locator('input').first().fill('静电')
  const hit = page.locator('.el-cascader__suggestion-item', { hasText: '210303' }).first()
  await hit.waitFor()
  await shot(page, 'c4-hazard-factor-search')
  await hit.click()
  await page.locator('[data-testid="event-save"]').click()
  await page.getByText('静电和杂散电流').first().waitFor()
  await shot(page, 'c4-event-with-item')
})
