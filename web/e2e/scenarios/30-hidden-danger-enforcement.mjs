// Hidden dangers: hc.safety reports one with a photo from a phone (375×812), hc.principal
// rectifies, hc.safety verifies (the rectifier cannot), and the county regulator rencheng sees
// the statistics change.
import { BASE, check, newPage, shot, login, field, scenario } from '../lib.mjs'

const title = `E2E 随手拍 静电接地线断开 ${new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)}`
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
let id = null
let before = null

async function figures(page) {
  await page.goto(`${BASE}/hidden-dangers/statistics`)
  await page.locator('[data-testid="hd-stat-found"]').waitFor()
  const read = async (k) => Number(((await page.locator(`[data-testid="hd-stat-${k}"] .value`).textContent()) || '').replace(/[^\d]/g, ''))
  return { found: await read('found'), closed: await read('closed') }
}

async function act(page, action, fill = async () => {}) {
  await page.locator(`[data-testid="hd-action-${action}"]`).click()
  await fill()
  const done = page.waitForResponse((r) => r.url().includes('/transitions') && r.request().method() === 'POST')
  await page.locator('[data-testid="hd-action-submit"]').click()
  const res = await done
  check(res.status() === 200, `${action} answered ${res.status()}: ${await res.text()}`)
  await page.locator('.el-dialog').first().waitFor({ state: 'hidden' })
}

async function pickDate(page, value) {
  const input = page.locator('.el-dialog .el-date-editor input').first()
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  await page.locator('.el-dialog').first().click({ position: { x: 10, y: 10 } })
}

await scenario('hd0: rencheng reads the statistics before', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  before = await figures(page)
  check(before.found > 0, `demo data should give 任城区 hidden dangers, saw ${before.found}`)
  await shot(page, 'hd0-statistics-before')
})

await scenario('hd1: hc.safety reports a hidden danger with a photo on a phone', async () => {
  const { page } = await newPage({ width: 375, height: 812 })
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/hidden-dangers/report`)
  await page.locator('[data-testid="hd-report-form"]').waitFor()
  await page.locator('[data-testid="hd-photo-input"]').setInputFiles({ name: 'scene.png', mimeType: 'image/png', buffer: PNG })
  await page.locator('.thumb img').first().waitFor()
  await field(page, 'hd-report-title').fill(title)
  await field(page, 'hd-report-description').fill('罐区静电接地线断开，存在静电积聚风险')
  await field(page, 'hd-report-location').fill('罐区东侧')
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  check(width <= 376, `report page should fit 375 px, is ${width}`)
  await shot(page, 'hd1-report-phone')
  await page.locator('[data-testid="hd-report-submit"]').click()
  await page.waitForURL(/\/hidden-dangers\/\d+$/)
  id = Number(page.url().match(/(\d+)$/)[1])
  await page.locator('[data-testid="hd-state"][data-state="reported"]').waitFor()
  check((await page.locator('[data-testid="hd-photos-before"] img').count()) === 1, 'the before-photo should show')
  // Assess and assign, still on the phone.
  await act(page, 'assess')
  await page.locator('[data-testid="hd-state"][data-state="assessed"]').waitFor()
  await act(page, 'assign', async () => {
    await page.locator('[data-testid="hd-owner"] .el-select__wrapper').click()
    await page.locator('.el-select-dropdown__item:visible', { hasText: '主要负责人' }).first().click()
    const d = new Date(Date.now() + 8 * 3600_000 + 7 * 86400_000).toISOString().slice(0, 10)
    await pickDate(page, d)
    await field(page, 'hd-measures').fill('更换接地线并检测')
  })
  await page.locator('[data-testid="hd-state"][data-state="rectification_assigned"]').waitFor()
  await shot(page, 'hd1-assigned-phone')
})

await scenario('hd2: hc.principal rectifies with an after-photo and cannot verify it', async () => {
  check(id, 'no hidden danger from hd1')
  const { page } = await newPage()
  await login(page, 'hc.principal')
  await page.goto(`${BASE}/hidden-dangers/${id}`)
  await act(page, 'rectify', async () => {
    await field(page, 'hd-evidence').fill('已更换接地线，检测电阻合格')
    await page.locator('[data-testid="hd-after-photo"]').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: PNG })
    await page.locator('.el-dialog .thumb img').first().waitFor()
  })
  await page.locator('[data-testid="hd-state"][data-state="rectified"]').waitFor()
  check((await page.locator('[data-testid="hd-action-verify_pass"]').count()) === 0, 'the rectifier must not be offered verification')
  check((await page.locator('[data-testid="hd-photos-after"] img').count()) === 1, 'the after-photo should show')
  await shot(page, 'hd2-rectified')
})

await scenario('hd3: hc.safety verifies and the hidden danger is closed', async () => {
  check(id, 'no hidden danger from hd1')
  const { page } = await newPage()
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/hidden-dangers/${id}`)
  await act(page, 'verify_pass')
  await page.locator('[data-testid="hd-state"][data-state="closed"]').waitFor()
  const steps = await page.locator('[data-testid="hd-timeline"] .el-timeline-item').count()
  check(steps === 5, `expected 5 steps in the history, saw ${steps}`)
  await shot(page, 'hd3-closed')
})

await scenario('hd4: rencheng sees the figures change and drills down', async () => {
  check(before, 'no figures from hd0')
  const { page } = await newPage()
  await login(page, 'rencheng')
  const after = await figures(page)
  check(after.found === before.found + 1, `found should go ${before.found} → ${before.found + 1}, is ${after.found}`)
  check(after.closed === before.closed + 1, `closed should go ${before.closed} → ${before.closed + 1}, is ${after.closed}`)
  await shot(page, 'hd4-statistics-after')
  await page.locator('[data-testid="hd-stat-closed"]').click()
  await page.waitForURL(/\/hidden-dangers\?.*state=closed/)
  await page.locator('[data-testid="hd-table"] .el-table__row').first().waitFor()
  const total = Number(((await page.locator('[data-testid="list-total"]').textContent()) || '').replace(/[^\d]/g, ''))
  check(total === after.closed, `the drill-down list should hold ${after.closed}, holds ${total}`)
  await page.locator('[data-testid="hd-filter-q"] input, input[data-testid="hd-filter-q"]').first().fill(title)
  await page.locator('[data-testid="hd-search"]').click()
  await page.locator(`[data-testid="hd-row-${id}"]`).waitFor()
})

await scenario('hd5: rencheng records an enforcement inspection and prints the rectification notice', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/enforcement/new`)
  const ent = page.locator('.el-form-item', { hasText: '企业' }).first()
  await ent.locator('.el-select__wrapper').click()
  await page.keyboard.type('润泽')
  await page.locator('.el-select-dropdown__item:visible', { hasText: '润泽化工' }).first().click()
  await page.keyboard.press('Escape')
  const deadline = page.locator('.el-form-item', { hasText: '整改期限' }).locator('.el-date-editor input').first()
  await deadline.click()
  await deadline.fill(new Date(Date.now() + 8 * 3600_000 + 15 * 86400_000).toISOString().slice(0, 10))
  await deadline.press('Enter')
  await field(page, 'enf-inspectors').fill('李强、刘洋')
  await field(page, 'enf-finding-0').fill('安全阀未按期校验')
  await page.locator('[data-testid="enf-submit"]').click()
  await page.waitForURL(/\/enforcement\/\d+$/)
  await page.locator('[data-testid="enf-findings"] .el-table__row').first().waitFor()
  const eid = page.url().match(/(\d+)$/)[1]
  await page.goto(`${BASE}/enforcement/${eid}/notice`)
  await page.locator('[data-testid="enf-notice"] li', { hasText: '安全阀未按期校验' }).waitFor()
  await page.emulateMedia({ media: 'print' })
  await shot(page, 'hd5-rectification-notice')
})
