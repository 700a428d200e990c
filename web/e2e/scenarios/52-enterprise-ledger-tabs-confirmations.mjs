// Issue 12, the rest (ui-rest2): the enterprise file's ledger tabs (最近盘点, 销售备案 with the art. 24
// deadline state), the regulator's accident report picking the enterprise by name, and
// confirmations that state the consequence in words and figures. 1366 and 390 px.
import { BASE, apiCall, check, field, newPage, pickSelectOption, shot, login, scenario } from '../lib.mjs'

async function enterpriseId(username, q) {
  const r = await apiCall(username, 'GET', `/enterprises?q=${encodeURIComponent(q)}&page_size=5`)
  check(r.status === 200 && r.body.items.length > 0, `no enterprise matching ${q} for ${username}`)
  return r.body.items[0].id
}

const tabTotal = async (page, testid) => Number(((await page.locator(`[data-testid="${testid}-total"]`).textContent()) || '').replace(/[^\d]/g, ''))
const STATES = ['按时备案', '逾期备案', '逾期未备案', '待备案']

await scenario('r1: zoucheng opens an explosives producer’s file: last stocktakes and sales filings with their deadline state', async () => {
  const id = await enterpriseId('zoucheng', '恒安民爆')
  const stocktakes = await apiCall('zoucheng', 'GET', `/stocktakes?enterprise_id=${id}&page_size=1`)
  const filings = await apiCall('zoucheng', 'GET', `/sale-filings?enterprise_id=${id}&page_size=1`)
  check(stocktakes.status === 200 && filings.status === 200, 'the lists refuse enterprise_id')
  for (const [width, height, tag] of [[1366, 860, '1366'], [390, 844, '390']]) {
    const { page } = await newPage({ width, height })
    await login(page, 'zoucheng')
    await page.goto(`${BASE}/enterprises/${id}`)
    await page.locator('[data-testid="enterprise-file-tabs"]').waitFor()
    await page.locator('.el-tabs__item', { hasText: '最近盘点' }).click()
    await page.locator('[data-testid="file-stocktakes"]').waitFor()
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="file-stocktakes-total"]')?.textContent || ''))
    check((await tabTotal(page, 'file-stocktakes')) === stocktakes.body.total, `the stocktake tab counts ${await tabTotal(page, 'file-stocktakes')}, the list ${stocktakes.body.total}`)
    if (stocktakes.body.total > 0) {
      const first = page.locator('[data-testid="file-stocktakes"] .el-table__row').first()
      await first.waitFor()
      const text = (await first.textContent()) || ''
      check(/账物一致|缺 \d|多 \d|数量差异/.test(text), `the stocktake row states no result: ${text}`)
      check(/待审批|已审批|已驳回/.test(text), `the stocktake row states no status: ${text}`)
    }
    await page.locator('[data-testid="file-stocktakes"]').scrollIntoViewIfNeeded() // the layout scrolls inside: bring the tab into the shot
    await shot(page, `r1-file-stocktakes-${tag}`)
    await page.locator('.el-tabs__item', { hasText: '销售备案' }).click()
    await page.locator('[data-testid="file-filings"]').waitFor()
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="file-filings-total"]')?.textContent || ''))
    check((await tabTotal(page, 'file-filings')) === filings.body.total, `the filing tab counts ${await tabTotal(page, 'file-filings')}, the list ${filings.body.total}`)
    if (filings.body.total > 0) {
      const text = (await page.locator('[data-testid="file-filings"] .el-table__row').first().textContent()) || ''
      check(STATES.some((s) => text.includes(s)), `the filing row states no deadline state: ${text}`)
    }
    await page.locator('[data-testid="file-filings"]').scrollIntoViewIfNeeded() // the layout scrolls inside: bring the tab into the shot
    await shot(page, `r1-file-filings-${tag}`)
    if (tag === '1366') {
      await page.locator('[data-testid="file-filings"] a.more').click()
      await page.waitForURL(new RegExp(`/ledger/sale-filings\\?enterprise_id=${id}`))
      await page.locator('[data-testid="filing-table"]').waitFor()
      await page.waitForResponse((r) => r.url().includes('/api/v1/sale-filings') && r.url().includes(`enterprise_id=${id}`)).catch(() => {})
    }
  }
  // Outside the subtree the filter gives nothing.
  const other = await apiCall('rencheng', 'GET', `/sale-filings?enterprise_id=${id}&page_size=1`)
  check(other.status === 200 && other.body.total === 0, `rencheng sees ${other.body.total} filings of a Zoucheng enterprise`)
})

await scenario('r2: zoucheng reports an accident picking the enterprise by name, at 390 px', async () => {
  const id = await enterpriseId('zoucheng', '恒安民爆')
  const { page } = await newPage({ width: 390, height: 844 })
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/accidents/new`)
  await page.locator('[data-testid="accident-report-form"]').waitFor()
  const enterpriseItem = page.locator('[data-testid="accident-report-form"] .el-form-item').first()
  check((await enterpriseItem.locator('.el-input-number').count()) === 0 && (await enterpriseItem.locator('.el-select').count()) === 1, 'the enterprise is not picked by name')
  await pickSelectOption(page, enterpriseItem, '恒安', '恒安民爆')
  await field(page, 'accident-title').fill(`E2E 巡查发现装药工房火情 ${Date.now()}`)
  await shot(page, 'r2-accident-enterprise-picker-390')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/accidents') && r.request().method() === 'POST')
  await page.locator('[data-testid="accident-submit"]').click()
  const res = await made
  check(res.status() === 201, `accident report: ${res.status()} ${await res.text()}`)
  check((await res.json()).enterprise_id === id, 'the accident is not on the picked enterprise')
})

await scenario('r3: confirmations state the consequence in words and figures', async () => {
  // Deactivating an enterprise: its open hidden dangers counted, the reason asked; cancelled here.
  const id = await enterpriseId('zoucheng', '恒安民爆')
  const open = await apiCall('zoucheng', 'GET', `/hidden-dangers?enterprise_id=${id}&open=true&page_size=1`)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/enterprises`)
  await field(page, 'filter-q').fill('恒安民爆')
  await field(page, 'filter-q').press('Enter')
  const off = page.locator(`[data-testid="enterprise-deactivate-${id}"]`)
  await off.waitFor()
  await off.click()
  const box = page.locator('.el-message-box.confirm-action')
  await box.waitFor()
  const text = ((await box.locator('.el-message-box__message').textContent()) || '').trim()
  check(text.includes('恒安民爆') && text.includes(`${open.body.total.toLocaleString('en-US')} 项未销号隐患`) && text.includes('排查任务'), `enterprise deactivation: ${text}`)
  await box.locator('textarea').waitFor()
  await page.waitForTimeout(400) // the box has faded in
  await shot(page, 'r3-deactivate-enterprise-1366')
  await box.locator('.el-message-box__btns .el-button').first().click()
  await box.waitFor({ state: 'hidden' })

  // Recording a sales filing: the voucher, office, time, reference and whether it is on time; at 390 px.
  const pending = await apiCall('mb.keeper', 'GET', '/sale-filings?status=pending&page_size=1')
  const late = await apiCall('mb.keeper', 'GET', '/sale-filings?status=late&page_size=1')
  const row = pending.body.items?.[0] || late.body.items?.[0]
  check(row, 'mb.keeper has no sale to file')
  const { page: phone } = await newPage({ width: 390, height: 844 })
  await login(phone, 'mb.keeper')
  await phone.goto(`${BASE}/ledger/sale-filings?status=${pending.body.items?.[0] ? 'pending' : 'late'}`)
  const line = phone.locator('[data-testid="filing-table"] .el-table__row', { hasText: row.voucher_number })
  await line.locator('[data-testid="filing-record"]').click()
  const when = phone.locator('.el-dialog .el-date-editor input').first()
  await when.click()
  await when.fill('2026-12-06 10:00:00')
  await when.press('Enter')
  await phone.locator('.el-dialog__title').click()
  await field(phone, 'filing-reference').fill('E2E 邹公备2026-1')
  await phone.locator('[data-testid="filing-save"]').click()
  const fbox = phone.locator('.el-message-box.confirm-action')
  await fbox.waitFor()
  const ftext = ((await fbox.locator('.el-message-box__message').textContent()) || '').trim()
  check(ftext.includes(row.voucher_number) && ftext.includes('E2E 邹公备2026-1') && /按时备案|逾期备案/.test(ftext) && ftext.includes('不能修改或撤销'), `filing: ${ftext}`)
  await phone.waitForTimeout(400) // the box has faded in
  await shot(phone, 'r3-filing-confirm-390')
  await fbox.locator('.el-message-box__btns .el-button').first().click()
  await fbox.waitFor({ state: 'hidden' })

  // Disabling an account: its sessions end, its roles counted; cancelled here.
  const users = await apiCall('sysadmin', 'GET', '/users?q=mb.keeper&page_size=5')
  const u = users.body.items.find((x) => x.username === 'mb.keeper')
  const { page: admin } = await newPage()
  await login(admin, 'sysadmin')
  await admin.goto(`${BASE}/admin/users`)
  const q = admin.locator('.filter-form input').first()
  await q.fill('mb.keeper')
  await q.press('Enter')
  await admin.locator(`[data-testid="user-toggle-${u.id}"]`).click()
  const utext = await (async () => {
    const b = admin.locator('.el-message-box.confirm-action')
    await b.waitFor()
    const s = ((await b.locator('.el-message-box__message').textContent()) || '').trim()
    await admin.waitForTimeout(400) // the box has faded in
  await shot(admin, 'r3-disable-user-1366')
    await b.locator('.el-message-box__btns .el-button').first().click()
    await b.waitFor({ state: 'hidden' })
    return s
  })()
  check(utext.includes('mb.keeper') && utext.includes(`${u.roles.length} 个角色`) && utext.includes('会话'), `user disable: ${utext}`)
})

await scenario('r4: sysadmin picks a new agency’s region by typing in the region tree, at 1366 and 390 px', async () => {
  for (const [width, height, tag] of [[1366, 860, '1366'], [390, 844, '390']]) {
    const { page } = await newPage({ width, height })
    await login(page, 'sysadmin')
    await page.goto(`${BASE}/admin/agencies`)
    await page.locator('[data-testid="agency-create"]').click()
    const region = page.locator('.el-dialog .el-cascader').first()
    await region.waitFor()
    check((await page.locator('.el-dialog .el-select').count()) === 0, 'the region is still a flat select')
    await region.locator('input').first().click()
    await region.locator('input').first().fill('邹城')
    const hit = page.locator('.el-cascader__suggestion-item:visible', { hasText: '邹城' }).first()
    await hit.waitFor()
    await page.waitForTimeout(300)
    await shot(page, `r4-agency-region-search-${tag}`)
    await hit.click()
    const chosen = (await region.locator('input').first().inputValue()) || ''
    check(chosen.includes('邹城'), `the region picked shows "${chosen}"`)
  }
})
