// Role-fitting homes and menus (issue 12): an enterprise's home (to-do, risk colour, stock against
// capacity), the regulator's 我的待办 first, menus following permissions and the enterprise's
// industry, and figures labelled so the same label means the same number — at 1366 and 390 px.
import { BASE, apiCall, check, newPage, shot, login, listTotal, scenario } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }

async function noSideScroll(page, who) {
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `${who}: the home scrolls sideways by ${over}px at 390 px`)
}

async function todoCount(username, key) {
  const r = await apiCall(username, 'GET', '/todo')
  check(r.status === 200, `GET /todo as ${username}: ${r.status}`)
  return r.body.items.find((i) => i.key === key)?.count
}

await scenario('h1: an explosives producer lands on its own home: to-do, risk colour, stock against capacity', async () => {
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/`)
  await page.locator('[data-testid="enterprise-home"]').waitFor()
  check((await page.locator('[data-testid="regulator-home"]').count()) === 0, 'the enterprise got the regulator dashboard')
  await page.locator('[data-testid="todo-stocktakes_to_approve"]').waitFor()
  await page.locator('[data-testid="todo-daily_closes_unsigned"]').waitFor()
  await page.locator('[data-testid="todo-filings_due"]').waitFor()
  await page.locator('[data-testid="home-risk"] .swatch').waitFor()
  await page.locator('[data-testid="home-stock"] .el-progress').first().waitFor()
  check((await page.locator('[data-menu="/ledger/vouchers"]').count()) === 1, 'the producer lacks the ledger menu')
  await page.waitForTimeout(300)
  await shot(page, 'h1-enterprise-home-1366')
  // Each to-do item opens its list.
  await page.locator('[data-testid="todo-hidden_dangers_to_handle"]').click()
  await page.waitForURL(/\/hidden-dangers\?open=true/)

  const { page: phone } = await newPage(PHONE)
  await login(phone, 'mb.principal')
  await phone.goto(`${BASE}/`)
  await phone.locator('[data-testid="todo-card"] .todo-item').first().waitFor()
  await phone.locator('[data-testid="home-stock"] .el-progress').first().waitFor()
  await noSideScroll(phone, 'mb.principal')
  await shot(phone, 'h1-enterprise-home-390')
})

await scenario('h2: a chemical company sees no civil-explosives menu and is refused its pages', async () => {
  const { page } = await newPage()
  await login(page, 'hc.principal')
  await page.goto(`${BASE}/`)
  await page.locator('[data-testid="enterprise-home"]').waitFor()
  await page.locator('[data-menu="/hidden-dangers"]').waitFor({ state: 'attached' })
  check((await page.locator('[data-menu^="/ledger"]').count()) === 0, 'the chemical company sees the civil-explosives menu')
  check((await page.locator('[data-testid="home-stock"]').count()) === 0, 'the chemical company sees a stock block')
  await page.locator('[data-testid="home-risk"] .swatch').waitFor()
  await shot(page, 'h2-chemical-home-1366')
  await page.goto(`${BASE}/ledger/vouchers`)
  await page.waitForURL(/\/403/)
  await shot(page, 'h2-chemical-ledger-refused')
})

await scenario('h3: the read-only regulator: 我的待办 first, 隐患统计 in the menu, labelled figures that match', async () => {
  const { page } = await newPage()
  await login(page, 'jining.viewer')
  await page.goto(`${BASE}/`)
  await page.locator('[data-testid="regulator-home"] [data-testid="todo-card"]').waitFor()
  const first = page.locator('[data-testid="todo-card"] .todo-item').first()
  await first.waitFor()
  check((await page.locator('[data-menu="/hidden-dangers/statistics"]').count()) === 1, 'the read-only regulator lacks 隐患统计 in the menu')
  await page.locator('[data-testid="chart-region"] canvas').waitFor()
  await page.waitForTimeout(500)
  await shot(page, 'h3-regulator-home-1366')
  // The overdue major hidden dangers of the to-do are the list's total under that filter.
  const expected = await todoCount('jining.viewer', 'major_hidden_dangers_overdue')
  const shown = Number(((await page.locator('[data-testid="todo-major_hidden_dangers_overdue"] .count').textContent()) || '').replace(/[^\d]/g, ''))
  check(shown === expected, `to-do shows ${shown} overdue major hidden dangers, the server counts ${expected}`)
  await page.locator('[data-testid="todo-major_hidden_dangers_overdue"]').click()
  await page.waitForURL(/level=major/)
  await page.locator('[data-testid="list-total"]').waitFor()
  await page.waitForTimeout(500)
  const total = await listTotal(page)
  check(total === expected, `the list under level=major&overdue=true holds ${total}, the to-do said ${expected}`)
  // One label, one figure: the home's open major ones and the statistics' major ones found in the period are named apart.
  await page.goto(`${BASE}/`)
  await page.locator('text=未销号重大隐患').first().waitFor()
  await page.goto(`${BASE}/hidden-dangers/statistics`)
  await page.locator('[data-testid="statistics-period-note"]').waitFor()
  await page.locator('text=期内发现·重大隐患').first().waitFor()
  await shot(page, 'h3-statistics-labels')

  const { page: phone } = await newPage(PHONE)
  await login(phone, 'jining.viewer')
  await phone.goto(`${BASE}/`)
  await phone.locator('[data-testid="todo-card"] .todo-item').first().waitFor()
  await phone.waitForTimeout(500)
  await shot(phone, 'h3-regulator-home-390')
})
