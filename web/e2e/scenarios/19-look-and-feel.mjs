// The look of a Chinese government system (issue 12): breadcrumbs and titles on every page, tabs of
// open pages, the hidden-danger filters folded to one row, and the notice form's 文号 and 紧急程度
// reaching the recipient's inbox — at 1366 and 390 px.
import { BASE, check, field, newPage, shot, login, pickSelectOption, scenario } from '../lib.mjs'

const PAGES = ['/enterprises', '/hidden-dangers', '/hidden-dangers/statistics', '/ledger/overview', '/risk/units', '/inspection/tasks', '/enforcement', '/notices', '/inbox', '/admin/business-settings']

await scenario('l1: every page has a breadcrumb and a title; visited pages become closable tabs', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  for (const p of PAGES) {
    await page.goto(`${BASE}${p}`)
    const crumb = page.locator('[data-testid="breadcrumb"]')
    await crumb.waitFor()
    const text = ((await crumb.textContent()) || '').trim()
    check(text.startsWith('首页概览'), `${p}: breadcrumb "${text}" does not start at the home page`)
    const title = await page.title()
    check(title.includes('·') && !title.startsWith('·'), `${p}: page title "${title}"`)
  }
  await page.goto(`${BASE}/enterprises`)
  await page.locator('[data-testid="enterprise-table"] .el-table__row a').first().click()
  await page.waitForURL(/\/enterprises\/\d+/)
  const crumb = ((await page.locator('[data-testid="breadcrumb"]').textContent()) || '').replace(/\s+/g, '')
  check(crumb.includes('一企一档/企业详情') || crumb.includes('一企一档/'), `detail breadcrumb "${crumb}"`)
  const tags = page.locator('[data-testid="tags-view"] .tag')
  check((await tags.count()) >= PAGES.length, `tags-view holds ${await tags.count()} tabs`)
  await shot(page, 'l1-breadcrumb-tags-view')
  // Closing the current tab moves to its neighbour.
  await page.locator('[data-testid="tags-view"] .tag.active .close').click()
  await page.waitForURL((u) => !/\/enterprises\/\d+/.test(u.pathname))
})

await scenario('l2: the hidden-danger list folds its thirteen filters into one row', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/hidden-dangers`)
  await page.locator('[data-testid="hd-table"] .el-table__row').first().waitFor()
  const panel = page.locator('.filter-panel[data-folded="true"]')
  await panel.waitFor()
  const box = await panel.boundingBox()
  check(box.height < 160, `the folded filter panel is ${box.height}px high`)
  await page.locator('[data-testid="hd-search"]').click()
  // A 序号 column; dates and level tags on one line, whole.
  await page.locator('[data-testid="hd-table"] th', { hasText: '序号' }).first().waitFor()
  const wrapped = await page.evaluate(() => [...document.querySelectorAll('[data-testid="hd-table"] td.nowrap .cell')].filter((c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().height > 30).length)
  check(wrapped === 0, `${wrapped} date or tag cells wrap or are cut`)
  await shot(page, 'l2-hidden-danger-filters-folded')
  await page.locator('[data-testid="filter-fold"]').click()
  await page.locator('.filter-panel[data-folded="false"]').waitFor()
  await shot(page, 'l2-hidden-danger-filters-open')

  // On a phone the list is cards, not a table wider than the screen.
  const { page: phone } = await newPage({ width: 390, height: 844 })
  await login(phone, 'jining')
  await phone.goto(`${BASE}/hidden-dangers`)
  await phone.locator('[data-testid="hd-cards"] .card-item').first().waitFor()
  check((await phone.locator('[data-testid="hd-table"]').count()) === 0, 'the phone shows the hidden-danger table')
  const over = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the hidden-danger list scrolls sideways by ${over}px at 390 px`)
  await phone.waitForTimeout(400)
  await shot(phone, 'l2-hidden-danger-cards-390')
  await phone.goto(`${BASE}/enterprises`)
  await phone.locator('[data-testid="enterprise-cards"] .card-item').first().waitFor()
  check((await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 1, 'the enterprise list scrolls sideways at 390 px')
  await phone.waitForTimeout(400)
  await shot(phone, 'l2-enterprise-cards-390')
})

await scenario('l3: a notice with 文号 and 特急 reaches the county\'s inbox tagged', async () => {
  const title = `E2E 特急通知 ${Date.now()}`
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/notices/new`)
  await field(page, 'notice-title').fill(title)
  await field(page, 'notice-document-number').fill('济工信安〔2026〕88号')
  await page.locator('[data-testid="notice-urgency"] [data-urgency="extra_urgent"]').click()
  await field(page, 'notice-body').fill('请立即开展民爆仓库专项检查。')
  await pickSelectOption(page, page.locator('[data-testid="recipients-agencies"]'), '任城', '任城')
  await shot(page, 'l3-notice-form-1366')
  await page.locator('[data-testid="notice-send"]').click()
  await page.locator('.el-message-box__btns .el-button--primary').click()
  await page.waitForURL(/\/notices\/\d+$/)
  await page.locator('[data-testid="notice-document-number"]', { hasText: '济工信安〔2026〕88号' }).waitFor()

  const { page: phone } = await newPage({ width: 390, height: 844 })
  await login(phone, 'rencheng')
  await phone.goto(`${BASE}/inbox`)
  const card = phone.locator('.card-title', { hasText: title }).first()
  await card.waitFor()
  check((await card.locator('[data-urgency="extra_urgent"]').count()) === 1, 'the inbox card lacks the 特急 tag')
  await shot(phone, 'l3-inbox-extra-urgent-390')
})

await scenario('l4: the main lists number their rows (序号) across pages', async () => {
  const lists = [
    ['jining', ['/enterprises', '/responsibilities', '/notices', '/risk/units', '/inspection/tasks', '/inspection/records', '/enforcement']],
    ['rencheng', ['/inbox']],
    ['mb.principal', ['/ledger/vouchers', '/ledger/stocktakes', '/ledger/loss-incidents', '/ledger/sale-filings', '/ledger/purchase-filings']],
    ['sysadmin', ['/admin/users']],
    ['auditadmin', ['/admin/audit-log']],
  ]
  for (const [user, paths] of lists) {
    const { page } = await newPage()
    await login(page, user)
    for (const p of paths) {
      await page.goto(`${BASE}${p}`)
      await page.locator('.el-table th', { hasText: '序号' }).first().waitFor()
      await page.waitForTimeout(300)
      // The first row's cell under the 序号 header (the audit log has an expand column before it).
      const n = await page.evaluate(() => {
        const table = document.querySelector('.el-table')
        const ths = [...table.querySelectorAll('.el-table__header-wrapper th')]
        const col = ths.findIndex((th) => th.textContent.trim() === '序号')
        const row = table.querySelector('.el-table__body-wrapper .el-table__row')
        return row ? row.querySelectorAll('td')[col]?.textContent.trim() : '1'
      })
      check(n === '1', `${p}: the first row is numbered "${n}"`)
    }
    await shot(page, `l4-seq-${user}`)
  }
})

await scenario('l5: required fields carry an asterisk; choosing 部门 asks for one', async () => {
  const { page } = await newPage()
  await login(page, 'sysadmin')
  await page.goto(`${BASE}/admin/users`)
  await page.getByRole('button', { name: '新增用户' }).click()
  const dialog = page.locator('.el-dialog', { hasText: '新增用户' })
  await dialog.waitFor()
  const required = await dialog.locator('.el-form-item.is-required .el-form-item__label').allTextContents()
  for (const label of ['用户名', '姓名', '初始密码', '所属部门']) check(required.some((l) => l.includes(label)), `"${label}" has no asterisk (required: ${required.join(', ')})`)
  check(!required.some((l) => l.includes('电话')), 'the optional phone has an asterisk')
  await dialog.getByRole('button', { name: '保存' }).click()
  await dialog.locator('.el-form-item__error', { hasText: '请选择所属单位' }).waitFor()
  await shot(page, 'l5-user-form-required')
})
