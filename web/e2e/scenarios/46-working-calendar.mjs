// Issue 14 §1: the China working-day calendar. The system administrator opens 系统管理 → 节假日安排:
// 2026 as the State Council's notice sets it (国庆节 off, Saturday 10 October worked); 2027 is not
// yet entered and says so; the administrator enters 元旦 2027, a weekday made a working day is
// refused in Chinese words, the saved year shows in the grid and in the history. At 1366 and 390 px.
// Then 民法典 art. 203 where a person sees it: a holiday on a sale's last filing day moves the
// deadline, and the filing list tags it 节假日顺延 with the source naming art. 203.
import { BASE, PASSWORD, apiCall, check, confirmBox, newPage, shot, login, field, scenario } from '../lib.mjs'

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

async function api(username, method, path, data) {
  const r = await apiCall(username, method, path, data)
  check(r.status >= 200 && r.status < 300, `${method} ${path} as ${username}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
  return r.body
}

await scenario('c3: a holiday on the last filing day moves the sale filing deadline (art. 203)', async () => {
  const stamp = Date.now()
  const store = await api('mb.principal', 'POST', '/stores', { name: `E2E 日历库 ${stamp}`, kind: 'main_magazine', rated_net_mass_kg: 1000 })
  const keepers = await api('mb.principal', 'GET', `/stores/${store.id}/storekeepers`)
  const keeper = keepers.candidates.find((c) => c.username === 'mb.keeper')
  await api('mb.principal', 'POST', `/stores/${store.id}/storekeepers`, { user_id: keeper.user_id })
  await api('mb.keeper', 'POST', '/vouchers', {
    store_id: store.id, direction: 'in', reason: 'production',
    lines: [{ product_id: 'industrial_explosive', quantity: 10 }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  const sale = await api('mb.keeper', 'POST', '/vouchers', {
    store_id: store.id, direction: 'out', reason: 'sale',
    counterparty: { name: `E2E 爆破公司 ${stamp}`, uscc: '91370811MA3C12345B', licence_no: '鲁公购2026-0012' },
    lines: [{ product_id: 'industrial_explosive', quantity: 1 }],
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
  const filings = await api('mb.keeper', 'GET', '/sale-filings?status=pending&page_size=500')
  const item = filings.items.find((i) => i.voucher_id === sale.id)
  check(item, 'the sale is in the filing list')
  const last = item.deadline_date
  const year = Number(last.slice(0, 4))
  const before = await api('sysadmin', 'GET', `/calendar?year=${year}`)
  const days = before.days.filter((d) => d.date !== last).concat([{ date: last, kind: 'holiday', name: '临时假日' }])
  await api('sysadmin', 'PUT', '/calendar', { year, source: before.source ?? '测试', days })
  try {
    const { page } = await newPage()
    await login(page, 'mb.keeper')
    await page.goto(`${BASE}/ledger/sale-filings?status=pending`)
    const row = page.locator('[data-testid="filing-table"] .el-table__row', { hasText: sale.number })
    await row.waitFor()
    const tag = row.locator('[data-testid="filing-deadline-moved"]')
    await tag.waitFor()
    check(((await tag.textContent()) || '').includes('节假日顺延'), 'the moved deadline is tagged')
    const shown = ((await row.locator('[data-testid="filing-deadline"]').textContent()) || '').trim()
    const [, m, d] = last.split('-').map(Number)
    check(shown !== `${m}月${d}日24时前` && /日24时前$/.test(shown), `the deadline moved past ${last}, saw "${shown}"`)
    await tag.hover()
    const tip = page.locator('.el-popper:visible', { hasText: '第二百零三条' })
    await tip.waitFor()
    await shot(page, 'c3-filing-deadline-moved')
  } finally {
    await api('sysadmin', 'PUT', '/calendar', { year, source: before.source ?? '测试', days: before.days })
  }
})
