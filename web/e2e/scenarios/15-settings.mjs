// Business settings: the system administrator changes the ledger capacity alert percentage and
// sees it saved (also after a reload), an invalid value shows the error next to the field, the
// history lists the change, reset restores the default; the page at phone width; regulators read only.
import { BASE, check, newPage, shot, login, field, scenario } from '../lib.mjs'

const CARD = '[data-testid="setting-ledger_alerts"]'
const PERCENT = 'field-ledger_alerts-capacity_alert_percent'

async function openSettings(page) {
  const loaded = page.waitForResponse((r) => r.url().includes('/api/v1/settings/ledger_alerts') && r.request().method() === 'GET')
  await page.goto(`${BASE}/admin/business-settings`)
  await loaded
  await page.locator(CARD).waitFor()
}

async function savePercent(page, text) {
  const input = field(page, PERCENT)
  await input.fill(text)
  await input.press('Tab')
  const put = page.waitForResponse((r) => r.url().includes('/api/v1/settings/ledger_alerts') && r.request().method() === 'PUT')
  await page.locator('[data-testid="save-ledger_alerts"]').click()
  return put
}

await scenario('a: sysadmin changes the capacity alert percentage; invalid input shows the error', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await openSettings(page)
  await shot(page, 'settings-a1-page')

  const bad = await savePercent(page, '150')
  check(bad.status() === 422, `150 % should be refused, got ${bad.status()}`)
  const error = page.locator(`${CARD} .el-form-item__error`).first()
  await error.waitFor()
  const text = (await error.textContent()) || ''
  check(text.includes('100'), `the error should name the bound, saw "${text}"`)
  await shot(page, 'settings-a2-invalid')

  const ok = await savePercent(page, '85')
  check(ok.status() === 200, `85 % should be saved, got ${ok.status()}`)
  await page.locator(`${CARD} [data-testid="overridden"]`).waitFor()
  await page.locator(`${CARD} [data-testid="last-change"]`).waitFor()

  // Saved for real: a fresh load shows 85 and the history entry.
  await openSettings(page)
  const value = await field(page, PERCENT).inputValue()
  check(value === '85', `after reload the percentage should be 85, saw "${value}"`)
  await page.locator(`${CARD} button`, { hasText: /变更历史/ }).click()
  await page.locator('[data-testid="history-ledger_alerts"] .el-table__row').first().waitFor()
  await shot(page, 'settings-a3-saved-history')

  // Back to the default so other scenarios see the demo thresholds.
  await page.locator('[data-testid="reset-ledger_alerts"]').click()
  const reset = page.waitForResponse((r) => r.url().includes('/reset') && r.request().method() === 'POST')
  await page.locator('.el-message-box__btns .el-button--primary').click()
  check((await reset).status() === 200, 'reset should succeed')
  await page.waitForTimeout(300)
  const back = await field(page, PERCENT).inputValue()
  check(back === '90', `after reset the percentage should be 90, saw "${back}"`)
})

await scenario('b: the settings page at phone width; a regulator reads without save buttons', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'jining')
  await openSettings(page)
  check((await page.locator('[data-testid="save-ledger_alerts"]').count()) === 0, 'a regulator must not see the save button')
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 380, `the page should fit 375 px, scroll width ${width}`)
  await page.locator('[data-testid="ls-matrix"]').waitFor()
  await shot(page, 'settings-b1-phone')
})

await scenario('c: overlapping LS bands are refused with the error under the band table', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await openSettings(page)
  const card = page.locator('[data-testid="setting-risk_assessment_config"]')
  const min = card.locator('[data-testid="ls-bands"] .el-table__body .el-table__row').first().locator('.el-input-number input').first()
  await min.fill('5')
  await min.press('Tab')
  const put = page.waitForResponse((r) => r.url().includes('/api/v1/settings/risk_assessment_config') && r.request().method() === 'PUT')
  await page.locator('[data-testid="save-risk_assessment_config"]').click()
  check((await put).status() === 422, 'overlapping bands should be refused')
  const error = card.locator('[data-testid="ls-bands"] .field-error').first()
  await error.waitFor()
  check(((await error.textContent()) || '').trim().length > 0, 'the band error should be shown')
  // The edited table is marked as differing from the default; the untouched ones are not.
  await card.locator('[data-testid="ls-bands"] [data-testid="differs-from-default"]').waitFor()
  check((await card.locator('[data-testid="lec-L"] [data-testid="differs-from-default"]').count()) === 0, 'LEC L is unchanged')
  await error.scrollIntoViewIfNeeded()
  await shot(page, 'settings-c1-bands-overlap')
})
