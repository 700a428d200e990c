// Issue 14 §1: the China working-day calendar. The system administrator opens 系统管理 → 节假日安排:
// 2026 as the State Council's notice sets it (国庆节 off, Saturday 10 October worked); 2027 is not
// yet entered and says so; the administrator enters 元旦 2027, a weekday made a working day is
// refused in Chinese words, the saved year shows in the grid and in the history. At 1366 and 390 px.
import { BASE, check, confirmBox, newPage, shot, login, field, scenario } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }

async function pickYear(page, label) {
  await page.locator('[data-testid="calendar-year"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
}

await scenario('c1: sysadmin reads 2026 from the State Council notice and enters 元旦 2027', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await page.goto(`${BASE}/admin/working-calendar`)
  await page.locator('[data-testid="calendar-summary"]').waitFor()
  await pickYear(page, '2026年')
  await page.locator('[data-date="2026-10-01"][data-state="holiday"]').waitFor()
  check((await page.locator('[data-date="2026-10-10"]').getAttribute('data-state')) === 'workday', '10月10日 (Saturday) is an adjusted working day')
  check((await page.locator('[data-date="2026-10-11"]').getAttribute('data-state')) === 'rest', '10月11日 (Sunday) is a rest day')
  const summary = (await page.locator('[data-testid="calendar-summary"]').textContent()) || ''
  check(summary.includes('2026年部分节假日安排') && summary.includes('248'), `source and working days shown, saw "${summary}"`)
  await shot(page, 'c1-calendar-2026')

  await pickYear(page, '2027年')
  await page.locator('[data-testid="calendar-unpublished"]').waitFor()
  await page.locator('[data-testid="calendar-edit"]').click()
  await field(page, 'calendar-source').fill('《国务院办公厅关于2027年部分节假日安排的通知》')
  await page.locator('[data-testid="calendar-add"]').click()
  await field(page, 'calendar-row-date-0').fill('2027-01-01')
  await page.keyboard.press('Enter')
  await field(page, 'calendar-row-name-0').fill('元旦')
  // A Monday made a working day is refused, in Chinese words next to the row.
  await page.locator('[data-testid="calendar-add"]').click()
  await field(page, 'calendar-row-date-1').fill('2027-01-04')
  await page.keyboard.press('Enter')
  await field(page, 'calendar-row-name-1').fill('元旦')
  await page.locator('[data-testid="calendar-rows"] .el-select__wrapper').nth(1).click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '调休上班' }).first().click()
  await page.locator('[data-testid="calendar-save"]').click()
  const consequence = await confirmBox(page)
  check(consequence.includes('2027') && consequence.includes('期限'), `the confirmation states the consequence, saw "${consequence}"`)
  const error = page.locator('[data-testid="calendar-row-error"]').first()
  await error.waitFor()
  const text = (await error.textContent()) || ''
  check(text.includes('只有周六或周日'), `the refusal in Chinese words, saw "${text}"`)
  check(!/workday_not_weekend|days\[/.test(await page.locator('.page').first().textContent()), 'no rule id or JSON path shown')
  await shot(page, 'c1-calendar-refused')
  // Remove the wrong row and save.
  await page.locator('[data-testid="calendar-rows"] .el-button--danger').nth(1).click()
  await page.locator('[data-testid="calendar-save"]').click()
  await confirmBox(page)
  await page.locator('[data-date="2027-01-01"][data-state="holiday"]').waitFor()
  await page.locator('text=变更历史 (1)').click()
  const history = (await page.locator('[data-testid="calendar-history"]').textContent()) || ''
  check(history.includes('2027年部分节假日安排'), `the change is in the history, saw "${history}"`)
  await shot(page, 'c1-calendar-2027-saved')
})

await scenario('c2: the calendar page works on a 390 px phone', async () => {
  const { page } = await newPage(PHONE)
  await login(page, 'sysadmin')
  await page.goto(`${BASE}/admin/working-calendar`)
  await page.locator('[data-testid="calendar-month-1"]').waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  check(over <= 1, `the page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'c2-calendar-390')
})
