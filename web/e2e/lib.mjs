// Shared helpers of the browser end-to-end checks: one browser, scenario bookkeeping, login and
// Element Plus helpers. Scenario files in scenarios/ import what they need from here.
import { chromium, request } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const BASE = (process.env.ANJIAN_URL || 'http://127.0.0.1:8080').replace(/\/$/, '')
export const PASSWORD = process.env.ANJIAN_DEMO_PASSWORD || 'Demo@2026'
// ANJIAN_SHOTS: where screenshots go (make test: build/e2e/screens, with an index.html to review them).
export const SHOTS = process.env.ANJIAN_SHOTS || join(dirname(fileURLToPath(import.meta.url)), 'screenshots')
export const TIMEOUT = 20_000
mkdirSync(SHOTS, { recursive: true })

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
})

export const results = []
/** Pages opened by the running scenario, screenshotted if it fails. */
let openPages = []
let openContexts = []
export const consoleErrors = []

export function check(cond, message) {
  if (!cond) throw new Error(message)
}

export async function newPage(viewport = { width: 1366, height: 860 }) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(TIMEOUT)
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${e.message}`))
  openPages.push(page)
  openContexts.push(context)
  return { context, page }
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true }).catch(() => {})
}

/**
 * Confirms the open confirmation (utils/confirm.ts: the consequence in figures, a reason when one is
 * asked); returns the consequence text it stated. `reason` fills the reason box first.
 */
export async function confirmBox(page, { reason } = {}) {
  const box = page.locator('.el-message-box.confirm-action')
  await box.waitFor()
  const text = ((await box.locator('.el-message-box__message').textContent()) || '').trim()
  if (reason !== undefined) await box.locator('textarea').fill(reason)
  await box.locator('.el-message-box__btns .el-button--primary').click()
  await box.waitFor({ state: 'hidden' })
  return text
}

export async function login(page, username) {
  await page.goto(`${BASE}/login`)
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(PASSWORD)
  await page.locator('[data-testid="login-submit"]').click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: TIMEOUT }).catch(async () => {
    const err = await page.locator('[data-testid="login-error"]').textContent().catch(() => '')
    throw new Error(`login of ${username} failed: ${err || 'still on /login'}`)
  })
  check(!page.url().includes('/password'), `${username} was asked to change the password first`)
}

/** The number in "共 1,234 条" / "1,234 in total". */
export async function listTotal(page) {
  const text = (await page.locator('[data-testid="list-total"]').textContent()) || ''
  return Number(text.replace(/[^\d]/g, ''))
}

/** An Element Plus input or textarea by test id (el-input puts the attribute on the native element). */
export function field(page, id) {
  return page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first()
}

export async function waitForList(page, urlPart) {
  return page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === 'GET', { timeout: TIMEOUT })
}

export async function pickSelectOption(page, container, typed, optionText) {
  await container.locator('.el-select__wrapper').first().click()
  await page.keyboard.type(typed)
  const option = page.locator('.el-select-dropdown__item:visible', { hasText: optionText }).first()
  await option.waitFor()
  await option.click()
  await page.keyboard.press('Escape')
}

/** Runs one scenario; on failure its pages are screenshotted as FAIL-*.png; its contexts are always closed. */
export async function scenario(name, fn) {
  const started = Date.now()
  openPages = []
  openContexts = []
  try {
    await fn()
    results.push({ name, ok: true })
    console.log(`ok   ${name} (${Date.now() - started} ms)`)
  } catch (e) {
    results.push({ name, ok: false })
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`)
    const tag = name.split(':')[0]
    for (const [i, page] of openPages.entries()) await shot(page, `FAIL-${tag}-${i}`)
  } finally {
    for (const c of openContexts) await c.close().catch(() => {})
  }
}

/** Calls the API as `username` in a request context of its own (its session must not sign the
 * browser in); returns the status and the parsed body (or the text when it is not JSON). */
export async function apiCall(username, method, path, data) {
  const ctx = await request.newContext()
  try {
    const signIn = await ctx.post(`${BASE}/api/v1/auth/login`, { data: { username, password: PASSWORD } })
    const { token } = await signIn.json()
    const res = await ctx.fetch(`${BASE}/api/v1${path}`, { method, data, headers: { Authorization: `Bearer ${token}` } })
    const text = await res.text()
    let body = null
    try {
      body = JSON.parse(text)
    } catch {
      body = text
    }
    return { status: res.status(), body }
  } finally {
    await ctx.dispose()
  }
}

/** The rule names of a 422 answer's errors. */
export const errorRules = (r) => (r.body && Array.isArray(r.body.errors) ? r.body.errors.map((e) => e.rule) : [])

/** Set-up through the API (a request context of its own, so no session signs the browser in): the call must succeed; its body. */
export async function apiOk(username, method, path, data) {
  const r = await apiCall(username, method, path, data)
  check(r.status >= 200 && r.status < 300, `${method} ${path} as ${username}: ${r.status} ${JSON.stringify(r.body)}`)
  return r.body
}

/**
 * A store of `principal`'s enterprise for this run (`store`: the POST /stores body) with `keeper`
 * assigned as its storekeeper — only an assigned storekeeper books a store's movements. The store.
 */
export async function storeWithKeeper(store, { principal = 'mb.principal', keeper = 'mb.keeper' } = {}) {
  const created = await apiOk(principal, 'POST', '/stores', store)
  const keepers = await apiOk(principal, 'GET', `/stores/${created.id}/storekeepers`)
  const candidate = keepers.candidates.find((c) => c.username === keeper)
  check(candidate, `${keeper} is a storekeeper candidate of store ${created.id}: ${JSON.stringify(keepers)}`)
  await apiOk(principal, 'POST', `/stores/${created.id}/storekeepers`, { user_id: candidate.user_id })
  return created
}
