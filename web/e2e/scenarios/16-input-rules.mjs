// Input rules seen in the browser (issue 10): an account that must change its password sees only
// the password page (also after a reload, and when it types another address), the password
// history refuses the previous password in Chinese words, and an HTML file passed off as a photo
// is refused with a Chinese message that names no API field.
import { BASE, TIMEOUT, check, newPage, shot, login, apiCall, scenario } from '../lib.mjs'

const USER = `e2e.must${Date.now() % 100000}`
const FIRST = 'Init@2026x'
const OWN = 'Mine#2026ok'

async function signIn(page, username, password) {
  await page.goto(`${BASE}/login`)
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('[data-testid="login-submit"]').click()
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: TIMEOUT })
}

async function fillPasswordForm(page, oldPw, newPw) {
  const inputs = page.locator('.password-page input[type="password"]')
  await inputs.nth(0).fill(oldPw)
  await inputs.nth(1).fill(newPw)
  await inputs.nth(2).fill(newPw)
  const posted = page.waitForResponse((r) => r.url().includes('/api/v1/auth/password') && r.request().method() === 'POST')
  await page.locator('[data-testid="password-submit"]').click()
  return posted
}

await scenario('ir1: a new account sees only the password page until it sets its own password', async () => {
  const created = await apiCall('sysadmin', 'POST', '/users', { username: USER, display_name: '须改密码测试', phone: '13905370077', password: FIRST })
  check(created.status === 201, `creating ${USER} should answer 201, got ${created.status}`)
  const { page } = await newPage()
  await signIn(page, USER, FIRST)
  check(page.url().endsWith('/password'), `the first sign-in should land on /password, is ${page.url()}`)
  // A reload and another address both come back to the password page.
  await page.reload()
  await page.locator('.password-page').waitFor()
  check(page.url().endsWith('/password'), `after a reload the page should stay /password, is ${page.url()}`)
  await page.goto(`${BASE}/notifications`)
  await page.waitForURL(/\/password$/)
  await shot(page, 'ir1-password-page')

  // The same password again: refused under the field, in Chinese.
  const again = await fillPasswordForm(page, FIRST, FIRST)
  check(again.status() === 422, `reusing the password should answer 422, got ${again.status()}`)
  const error = page.locator('.password-page .el-form-item__error').first()
  await error.waitFor()
  const text = (await error.textContent()) || ''
  check(text.includes('新密码不能与当前密码'), `the reuse error should be in Chinese words, saw "${text}"`)
  check(!/[a-z_]{6,}/.test(text), `the error should name no rule or field id, saw "${text}"`)
  // Editing the field clears the stale error (issue 12).
  await page.locator('.password-page input[type="password"]').nth(1).fill(OWN)
  await page.locator('.password-page .el-form-item__error', { hasText: '新密码不能与当前密码' }).waitFor({ state: 'detached' })

  const ok = await fillPasswordForm(page, FIRST, OWN)
  check(ok.status() === 204, `a new password should be accepted, got ${ok.status()}`)
  await page.waitForURL((u) => !u.pathname.endsWith('/password'))
  const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).json())
  check(me.must_change_password === false, 'the account should no longer have to change its password')
})

await scenario('ir2: an HTML page passed off as a photo is refused in Chinese words', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/hidden-dangers/report`)
  await page.locator('[data-testid="hd-report-form"]').waitFor()
  const upload = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await page.locator('[data-testid="hd-photo-input"]').setInputFiles({
    name: 'scene.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script></html>'),
  })
  const res = await upload
  check(res.status() === 422, `the upload should answer 422, got ${res.status()}`)
  const message = page.locator('.el-message--error').first()
  await message.waitFor()
  const text = ((await message.textContent()) || '').trim()
  check(text.includes('文件内容与声明的类型不符'), `the message should say the content does not match, saw "${text}"`)
  check(!text.includes('body') && !text.includes('file_content'), `the message should name no API field or rule, saw "${text}"`)
  check((await page.locator('.thumb img').count()) === 0, 'no photo should have been added')
  await shot(page, 'ir2-photo-refused')
})
