// The ministry level (issue 16): the country root 中华人民共和国 (000000) heads the region tree, the
// agencies page marks 工业和信息化部安全生产司 国家/部级 (at 1366 and 390 px), and the ministry's
// read-only regulator `miit` sees every province on the dashboard.
import { BASE, apiOk, check, newPage, shot, login, scenario } from '../lib.mjs'

for (const viewport of [{ width: 1366, height: 860 }, { width: 390, height: 844 }]) {
  await scenario(`a: the agencies page shows the ministry at ${viewport.width} px`, async () => {
    const { page } = await newPage(viewport)
    await login(page, 'sysadmin')
    const list = page.waitForResponse((r) => r.url().includes('/api/v1/agencies') && r.request().method() === 'GET')
    await page.goto(`${BASE}/admin/agencies`)
    const agencies = await (await list).json()
    const items = agencies.items || agencies
    const ministry = items.find((a) => a.region_code === '000000')
    check(!!ministry, 'an agency at the country root 000000 should be listed')
    const tag = page.locator(`[data-testid="agency-level-${ministry.id}"]`)
    await tag.waitFor()
    check(((await tag.textContent()) || '').includes('国家/部级'), 'the ministry agency should be tagged 国家/部级')
    await shot(page, `ministry-agencies-${viewport.width}`)
  })
}

await scenario('b: the ministry regulator sees the country root and every province', async () => {
  const all = await apiOk('miit', 'GET', '/regions')
  check(all.items[0].code === '000000' && all.items[0].kind === 'country', `the region list should start at the country root, got ${JSON.stringify(all.items[0])}`)
  check(all.items.filter((r) => r.kind === 'province').length === 34, 'every province should be visible to the ministry')
  const dash = await apiOk('miit', 'GET', '/dashboard')
  check(dash.enterprises_by_region.length === 34, `the dashboard should break down by province, got ${dash.enterprises_by_region.length} rows`)
  const { page } = await newPage()
  await login(page, 'miit')
  await shot(page, 'ministry-home-1366')
})

for (const viewport of [{ width: 1366, height: 860 }, { width: 390, height: 844 }]) {
  await scenario(`c: the ministry's hidden-danger statistics break down by province at ${viewport.width} px`, async () => {
    const { page } = await newPage(viewport)
    await login(page, 'miit')
    const answer = page.waitForResponse((r) => r.url().includes('/api/v1/hidden-dangers/statistics') && r.request().method() === 'GET')
    await page.goto(`${BASE}/hidden-dangers/statistics`)
    const stats = await (await answer).json()
    check(stats.by_region.length === 34 && !stats.by_region.some((r) => r.region_code === '000000'),
      `the ministry's statistics should list the 34 provinces, got ${stats.by_region.map((r) => r.region_code).join(',')}`)
    const shandong = stats.by_region.find((r) => r.region_code === '370000')
    check(shandong && shandong.figures.found === stats.totals.found, 'the demo city lies in Shandong: its row should carry every hidden danger')
    const table = page.locator('[data-testid="hd-stat-regions"]')
    await table.waitFor()
    check(((await table.textContent()) || '').includes('山东省'), 'the by-region table should name 山东省')
    await shot(page, `ministry-hd-statistics-${viewport.width}`)
  })
}
