// Duty rosters (issue 14 §1): 恒安民爆's principal sees the demo's one coverage gap in red with its
// hours (and has its alert), fixes it by giving the shift its duty officer; a roster is made for a
// later month from the pattern and the copy-month confirmation states its figures; the night duty
// officer requests a swap on a 390 px phone and the principal approves it (history kept); the
// county regulator sees its subtree's coverage.
import { BASE, apiCall, check, confirmBox, field, login, newPage, pickSelectOption, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const mb = await apiCall('mb.principal', 'GET', '/duty-rosters/units')
const unit = mb.body.items?.[0]?.key
const addMonths = (m, n) => {
  const [y, mo] = m.split('-').map(Number)
  const k = y * 12 + mo - 1 + n
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
}

await scenario('dr1: the principal sees the one gap in red and has its alert', async () => {
  check(!!unit, `mb.principal should have its unit: ${JSON.stringify(mb.body)}`)
  const cov = await apiCall('mb.principal', 'GET', `/duty-rosters/units/${unit}/coverage`)
  check(cov.body.gaps?.length === 1, `the demo should have exactly one gap: ${JSON.stringify(cov.body.gaps)}`)
  const notes = await apiCall('mb.principal', 'GET', '/notifications?page_size=100')
  const alert = (notes.body.items || []).find((n) => n.kind === 'duty_coverage_gap')
  check(!!alert, 'the principal should have the coverage-gap alert')
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/emergency/duty-rosters`)
  const gap = page.locator('[data-testid="duty-gap"]')
  await gap.first().waitFor()
  check((await gap.count()) === 1, `one gap row, saw ${await gap.count()}`)
  const text = (await gap.textContent()) || ''
  check(text.includes('08:00') && text.includes('20:00') && text.includes('无值班员'), `the gap names its hours and what is missing, saw "${text}"`)
  const color = await page.locator('.gap-text').evaluate((el) => getComputedStyle(el).color)
  check(color === 'rgb(245, 108, 108)', `the gap is red, saw ${color}`)
  await shot(page, 'dr1-gap')
})

await scenario('dr2: the gap is fixed by giving the shift its duty officer', async () => {
  const cov = await apiCall('mb.principal', 'GET', `/duty-rosters/units/${unit}/coverage`)
  const gap = cov.body.gaps[0]
  const day = gap.start_local.slice(0, 10)
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/emergency/duty-rosters`)
  await page.locator('[data-testid="duty-calendar"]').waitFor()
  // The month button is filled when the unit's calendar has loaded (the calendar frame shows first).
  await page.waitForFunction(() => /^\d{4}-\d{2}$/.test((document.querySelector('[data-testid="duty-month"]')?.textContent || '').trim()))
  const month = (await page.locator('[data-testid="duty-month"]').textContent())?.trim()
  if (month !== day.slice(0, 7)) {
    await page.locator('[data-testid="duty-next-month"]').click()
    await page.locator(`[data-day="${day}"]`).waitFor()
  }
  await page.locator(`.day.gap[data-day="${day}"] .shift.incomplete`).first().click()
  const dialog = page.locator('[data-testid="duty-shift-dialog"]')
  await dialog.waitFor()
  await pickSelectOption(page, dialog.locator('[data-testid="duty-shift-officers"]'), '保管员', '恒安民爆 保管员')
  const saved = page.waitForResponse((r) => r.url().includes('/duty-rosters/shifts/') && r.request().method() === 'PUT')
  await dialog.locator('[data-testid="duty-shift-save"]').click()
  const res = await saved
  check(res.status() === 200, `the edit answered ${res.status()}: ${await res.text()}`)
  await page.locator('[data-testid="duty-coverage-clean"]').waitFor()
  check((await page.locator('[data-testid="duty-gap"]').count()) === 0, 'no gap left')
  await shot(page, 'dr2-fixed')
})

await scenario('dr3: a later month made from the pattern; the copy states its figures', async () => {
  const cal = await apiCall('mb.principal', 'GET', `/duty-rosters/units/${unit}`)
  const later = addMonths(cal.body.month, 3)
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/emergency/duty-rosters`)
  await page.locator('[data-testid="duty-calendar"]').waitFor()
  for (let i = 0; i < 3; i++) {
    const next = page.waitForResponse((r) => r.url().includes(`/duty-rosters/units/${unit}?month=`))
    await page.locator('[data-testid="duty-next-month"]').click()
    await next
  }
  check(((await page.locator('[data-testid="duty-month"]').textContent()) || '').trim() === later, `the page should show ${later}`)
  await page.locator('[data-testid="duty-generate"]').click()
  const gen = page.waitForResponse((r) => r.url().endsWith('/generate'))
  const genText = await confirmBox(page)
  check(genText.includes(later) && genText.includes('每天 2 个'), `the generation names the month and slots, saw "${genText}"`)
  check((await gen).status() === 201, 'generated')
  await page.locator('[data-testid="duty-shift"]').first().waitFor()
  const shifts = await page.locator('[data-testid="duty-shift"]').count()
  const [y, m] = later.split('-').map(Number)
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate()
  check(shifts === 2 * days, `two shifts a day: ${shifts} for ${days} days`)
  await shot(page, 'dr3-generated')
  await page.locator('[data-testid="duty-copy-month"]').click()
  const copy = page.waitForResponse((r) => r.url().endsWith('/copy-month') && r.request().postData()?.includes('"dry_run":false'))
  const text = await confirmBox(page)
  const to = addMonths(later, 1)
  const toDays = new Date(Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5)), 0)).getUTCDate()
  check(text.includes(`新建 ${2 * toDays} 个班次`) && text.includes('覆盖（取消）0 个'), `the copy states its figures, saw "${text}"`)
  const res = await copy
  check(res.status() === 201, `the copy answered ${res.status()}`)
  await page.locator('[data-testid="duty-month"]', { hasText: to }).waitFor()
  await shot(page, 'dr3-copied')
})

await scenario('dr4: the night officer requests a swap on a 390 px phone; the principal approves it', async () => {
  // A later shift of mb.duty's (this month, else the next).
  const cal = await apiCall('mb.duty', 'GET', `/duty-rosters/units/${unit}`)
  const me = cal.body.me
  const later = (c) => c.body.shifts.filter((s) => s.status === 'active' && s.officers.some((o) => o.user_id === me) && s.starts_at > new Date(Date.now() + 86400e3 * 4).toISOString())
  let mine = later(cal)
  let nextMonth = false
  if (!mine.length) {
    mine = later(await apiCall('mb.duty', 'GET', `/duty-rosters/units/${unit}?month=${addMonths(cal.body.month, 1)}`))
    nextMonth = true
  }
  check(mine.length > 0, 'mb.duty should have a later shift')
  const target = mine[0]
  const { page } = await newPage(PHONE)
  await login(page, 'mb.duty')
  await page.goto(`${BASE}/emergency/duty-rosters`)
  await page.locator('[data-testid="duty-day-list"]').waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the roster scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'dr4-phone-list')
  if (nextMonth) await page.locator('[data-testid="duty-next-month"]').click()
  await page.locator('.day-card', { hasText: target.duty_date }).locator('[data-testid="duty-shift"]', { hasText: target.label }).click()
  const dialog = page.locator('[data-testid="duty-shift-dialog"]')
  await dialog.waitFor()
  await dialog.locator('[data-testid="duty-shift-swap"]').click()
  const swap = page.locator('[data-testid="duty-swap-dialog"]')
  await swap.waitFor()
  await pickSelectOption(page, swap.locator('[data-testid="duty-swap-to"]'), '保管员', '恒安民爆 保管员')
  await field(page, 'duty-swap-reason').fill('E2E 家中有事')
  const sent = page.waitForResponse((r) => r.url().endsWith('/swaps') && r.request().method() === 'POST')
  await swap.locator('[data-testid="duty-swap-send"]').click()
  check((await sent).status() === 201, 'the swap was requested')
  await shot(page, 'dr4-requested-390')

  const { page: p2 } = await newPage()
  await login(p2, 'mb.principal')
  await p2.goto(`${BASE}/emergency/duty-rosters`)
  const row = p2.locator('[data-testid="duty-swap"]', { hasText: 'E2E 家中有事' })
  await row.waitFor()
  await row.locator('[data-testid="duty-swap-approve"]').click()
  const text = await confirmBox(p2)
  check(text.includes('恒安民爆 值班员') && text.includes('恒安民爆 保管员'), `the approval names both people, saw "${text}"`)
  await row.getByText('已批准').waitFor()
  const after = await apiCall('mb.principal', 'GET', `/duty-rosters/shifts/${target.id}`)
  check(after.body.officers.some((o) => o.name === '恒安民爆 保管员'), `the storekeeper is now on the shift: ${JSON.stringify(after.body.officers)}`)
  const history = (await row.locator('.swap-history').textContent()) || ''
  check(history.includes('申请') && history.includes('批准'), `the history keeps both steps, saw "${history}"`)
  await shot(p2, 'dr4-approved')
})

await scenario("dr5: the county regulator sees its subtree's coverage", async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/duty-coverage`)
  await page.locator('[data-testid="duty-coverage-table"]').waitFor()
  await page.locator('[data-testid="duty-coverage-problems"]').click()
  const loaded = page.waitForResponse((r) => r.url().includes('/duty-rosters/coverage?') && r.url().includes('problems=0'))
  await page.locator('.filter-actions button[type="submit"]').click()
  await loaded
  await page.locator('[data-testid="duty-coverage-table"]').getByText('邹城恒安民爆器材有限公司').waitFor()
  await shot(page, 'dr5-subtree-coverage')
})
