// Issue 12 — consequential actions and "Chinese everywhere, no internals", at 1366 and 390 px:
// ledger errors in words with the field highlighted, the second person's password to retype,
// scan-time GA 441 and duplicate checks, the unsaved-changes guard, a rejection that needs a
// reason and the approver's notification, the audit log and business settings in words,
// business references instead of ids, the folded checksums. Screenshots for review go to
// build/e2e/screens (one per item and width).
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BASE, PASSWORD, apiCall, apiOk as ok, check, confirmBox, field, login, newPage, pickSelectOption, scenario, shot, storeWithKeeper } from '../lib.mjs'

const SCREENS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'build', 'e2e', 'screens')
mkdirSync(SCREENS, { recursive: true })
const WIDTHS = [
  { tag: '1366', viewport: { width: 1366, height: 860 } },
  { tag: '390', viewport: { width: 390, height: 844 } },
]

async function review(page, name) {
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: true }).catch(() => {})
  await shot(page, name)
}

const stamp = Date.now()
const now = new Date()
const ymd = `${String(now.getFullYear()).slice(-1)}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`
const base = (Math.floor(stamp / 1000) % 4000) * 20 + 7
// Fresh GA 441 codes (feature K), distinct from the other scenarios' feature E.
const codes = Array.from({ length: 12 }, (_, i) => `37${ymd}K${String(base + i).padStart(5, '0')}`)
let storeId = null

await scenario('u0: set-up — a store of mb.keeper with booked codes', async () => {
  const store = await storeWithKeeper({ name: `E2E 交互库 ${stamp}`, kind: 'main_magazine', rated_pieces: 1000 })
  storeId = store.id
  await ok('mb.keeper', 'POST', '/vouchers', {
    store_id: storeId, direction: 'in', reason: 'purchase',
    lines: [{ product_id: 'electronic_detonator', codes: codes.slice(0, 6) }],
    counterparty: { name: '山东民爆器材有限公司', uscc: '91370811MA3C12345B', licence_no: '鲁民爆销2026-0001' },
    second_person: { username: 'mb.safety', password: PASSWORD },
  })
})

for (const w of WIDTHS) {
  await scenario(`u1-${w.tag}: voucher form — scan checks, errors in words, password to retype, unsaved guard`, async () => {
    check(storeId, 'needs u0')
    const { page } = await newPage(w.viewport)
    await login(page, 'mb.keeper')
    await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}`)
    await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '生产', '生产入库')
    await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '电子', '数码电子雷管')
    // Scan time: a malformed detonator code is refused at once, a second scan of a code too.
    await field(page, 'voucher-scan-0').fill('376120600001')
    await field(page, 'voucher-scan-0').press('Enter')
    await page.locator('[data-testid="scan-feedback-bad"]').waitFor()
    check((await page.locator('[data-testid="scan-feedback-bad"]').textContent()).includes('13 位'), 'the format problem is named')
    await review(page, `u1-${w.tag}-scan-invalid`)
    await field(page, 'voucher-scan-0').fill(codes[0])
    await field(page, 'voucher-scan-0').press('Enter')
    await page.locator('[data-testid="scan-feedback-ok"]').waitFor()
    await field(page, 'voucher-scan-0').fill(codes[0])
    await field(page, 'voucher-scan-0').press('Enter')
    await page.locator('[data-testid="scan-feedback-dup"]').waitFor()
    await review(page, `u1-${w.tag}-scan-duplicate`)
    const tags = await page.locator('[data-testid="voucher-line-0"] .el-tag').count()
    check(tags === 1, `one code in the line after a double scan, saw ${tags}`)

    // The code is in stock already and the password is wrong: the answer is in words.
    await field(page, 'second-username').fill('mb.safety')
    await field(page, 'second-password').fill('wrong-password-1')
    const posted = page.waitForResponse((r) => r.url().endsWith('/api/v1/vouchers') && r.request().method() === 'POST')
    await page.locator('[data-testid="voucher-submit"]').click()
    const stated = await confirmBox(page)
    check(stated.includes('1 个') || stated.includes('编码 1'), `the confirmation counts the codes: ${stated}`)
    check((await posted).status() === 422, 'the server refuses the voucher')
    await page.locator('[data-testid="voucher-error"]').waitFor()
    // What a person sees (the folded developer detail is not shown).
    const shown = (await page.locator('[data-testid="voucher-error"]').innerText()) + (await page.locator('[data-testid="voucher-errors"]').innerText())
    check(shown.includes('第二责任人'), `the field is named in words: ${shown}`)
    check(!/second_person|lines\[|codes\[|_[a-z]+：/.test(shown), `no API names or rule ids in view: ${shown}`)
    await review(page, `u1-${w.tag}-errors-in-words`)
    check(await field(page, 'second-username').inputValue() === 'mb.safety', 'the username is kept')
    check(await field(page, 'second-password').inputValue() === '', 'the password is cleared')
    await page.locator('[data-testid="password-retype"]').waitFor()

    // Leaving (an in-app navigation, as a menu click does) with a scanned code asks first;
    // staying keeps the code.
    page.evaluate(() => document.querySelector('#app').__vue_app__.config.globalProperties.$router.push('/')).catch(() => {})
    const guard = page.locator('.el-message-box.unsaved-guard')
    await guard.waitFor()
    check((await guard.textContent()).includes('1 个编码'), 'the guard says what would be lost')
    await review(page, `u1-${w.tag}-unsaved-guard`)
    await guard.locator('.el-message-box__btns .el-button').first().click()
    await guard.waitFor({ state: 'hidden' })
    check(page.url().includes('/ledger/vouchers/new'), 'stayed on the form')
  })
}

await scenario('u2: a code in stock is reported as 第1行第1个编码 with the tag highlighted', async () => {
  const { page } = await newPage()
  await login(page, 'mb.keeper')
  await page.goto(`${BASE}/ledger/vouchers/new?store_id=${storeId}`)
  await pickSelectOption(page, page.locator('[data-testid="voucher-reason"]'), '生产', '生产入库')
  await pickSelectOption(page, page.locator('[data-testid="voucher-line-0"]'), '电子', '数码电子雷管')
  await field(page, 'voucher-scan-0').fill(codes[1])
  await field(page, 'voucher-scan-0').press('Enter')
  await field(page, 'second-username').fill('mb.safety')
  await field(page, 'second-password').fill(PASSWORD)
  await page.locator('[data-testid="voucher-submit"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="violation"]', { hasText: '第1行第1个编码' }).first().waitFor()
  await page.locator('[data-testid="code-error"]').first().waitFor()
  await review(page, 'u2-1366-line-code-error')
})

await scenario('u3: rejecting a stocktake needs a reason; the approver was notified', async () => {
  const st = await ok('mb.keeper', 'POST', '/stocktakes', { store_id: storeId, codes: codes.slice(2, 6), quantities: {} })
  const notes = await ok('mb.safety', 'GET', '/notifications?page_size=50')
  const mine = (notes.items || []).find((n) => n.link === `/ledger/stocktakes/${st.id}`)
  check(mine && mine.kind === 'approval_requested' && mine.title.includes(st.number), `approver notified: ${JSON.stringify(mine)}`)
  const blank = await apiCall('mb.safety', 'POST', `/stocktakes/${st.id}/rejection`, { note: ' ' })
  check(blank.status === 422, `a blank reason is refused, got ${blank.status}`)
  // The phone first (it only looks), then the desktop rejects.
  for (const w of [...WIDTHS].reverse()) {
    const { page } = await newPage(w.viewport)
    await login(page, 'mb.safety')
    await page.goto(`${BASE}/ledger/stocktakes/${st.id}`)
    await page.locator('[data-testid="stocktake-reject"]').waitFor()
    const ref = page.locator('[data-testid="record-ref"]', { hasText: /[A-Z]{2}\d{8}/ }).first()
    await ref.waitFor()
    const asOf = (await ref.textContent()) || ''
    check(!asOf.includes('#') && /^[A-Z]{2}\d{8}-\d+/.test(asOf.trim()), `账面截至单据 by its number: ${asOf}`)
    await page.locator('[data-testid="stocktake-approve"]').click()
    const box = page.locator('.el-message-box.confirm-action')
    await box.waitFor()
    const consequence = (await box.textContent()) || ''
    check(consequence.includes('盘亏 2 个编码') && consequence.includes('监管部门'), `approval states its consequence: ${consequence}`)
    await review(page, `u3-${w.tag}-approve-consequence`)
    await box.locator('.el-message-box__btns .el-button').first().click() // cancel
    await box.waitFor({ state: 'hidden' })
    await page.locator('[data-testid="stocktake-reject"]').click()
    await box.waitFor()
    await box.locator('.el-message-box__btns .el-button--primary').click()
    await box.locator('.el-message-box__errormsg', { hasText: '驳回原因' }).waitFor()
    await review(page, `u3-${w.tag}-reject-needs-reason`)
    if (w.tag === '390') {
      await box.locator('.el-message-box__btns .el-button').first().click()
      continue
    }
    await box.locator('textarea').fill('2 号货架未扫')
    await box.locator('.el-message-box__btns .el-button--primary').click()
    await page.locator('[data-testid="stocktake-status"]', { hasText: '已驳回' }).waitFor()
  }
})

await scenario('u4: voucher detail — checksums folded, references by number', async () => {
  const list = await ok('mb.keeper', 'GET', `/vouchers?store_id=${storeId}`)
  const v = list.items[0]
  for (const w of WIDTHS) {
    const { page } = await newPage(w.viewport)
    await login(page, 'mb.keeper')
    await page.goto(`${BASE}/ledger/vouchers/${v.id}`)
    await page.locator('[data-testid="voucher-checksums"]').waitFor()
    check(!(await page.locator('code.hash').first().isVisible()), 'the hashes are folded')
    await review(page, `u4-${w.tag}-voucher-checksums-folded`)
    await page.locator('[data-testid="voucher-checksums"] .el-collapse-item__header').click()
    await page.locator('code.hash').first().waitFor()
  }
})

await scenario('u5: audit log — every operation labelled and filterable, fields in words', async () => {
  for (const w of WIDTHS) {
    const { page } = await newPage(w.viewport)
    await login(page, 'auditadmin')
    await page.goto(`${BASE}/admin/audit-log`)
    await page.locator('[data-testid="audit-table"] .el-table__row').first().waitFor()
    const body = (await page.locator('[data-testid="audit-table"]').textContent()) || ''
    check(!/\b(approve|reject|sign_daily_close|loss_incident|stocktake)\b/.test(body), 'operations and objects in words')
    if (w.tag === '1366') {
      const actionSelect = page.locator('.filter-form .el-form-item').nth(1)
      await pickSelectOption(page, actionSelect, '驳回', '驳回')
      await page.locator('.filter-form button[type="submit"]').click()
      await page.locator('[data-testid="audit-table"] .el-table__row', { hasText: '驳回' }).first().waitFor()
      await page.locator('[data-testid="audit-table"] .el-table__expand-icon').first().click()
      await page.locator('[data-testid="audit-field"]').first().waitFor()
      const fields = (await page.locator('[data-testid="audit-field"]').allTextContents()).join(' ')
      check(!/[a-z]+_[a-z]+/.test(fields), `field names in words: ${fields}`)
    }
    await review(page, `u5-${w.tag}-audit-log`)
  }
})

await scenario('u6: business settings — labelled, with sources, read-only for a reader', async () => {
  for (const w of WIDTHS) {
    const { page } = await newPage(w.viewport)
    await login(page, 'jining.viewer')
    await page.goto(`${BASE}/admin/business-settings`)
    await page.locator('[data-testid="settings-readonly"]').waitFor()
    const card = page.locator('[data-testid="setting-ledger_alerts"]')
    await card.waitFor()
    const text = (await card.textContent()) || ''
    check(text.includes('日清签字宽限天数') && !text.includes('daily_close_grace_days'), 'labels, not keys')
    check((await page.locator('[data-testid="setting-source"]').count()) >= 3, 'every setting names its source')
    const inputs = await page.locator('[data-testid="business-settings"] input, [data-testid="business-settings"] .el-input-number').count()
    check(inputs === 0, `read-only means no inputs, saw ${inputs}`)
    const buttons = await page.locator('[data-testid="business-settings"] button', { hasText: /删除|添加|保存|恢复默认/ }).count()
    check(buttons === 0, `no add/remove/save buttons, saw ${buttons}`)
    await review(page, `u6-${w.tag}-settings-readonly`)
  }
})
