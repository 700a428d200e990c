// The enterprise file (一企一档, issue 12): the regulator's enterprise detail gathers the enterprise's
// records in tabs — each a scoped, paginated list with a link to the full page — and GB/T 4754
// codes show their names; licences say honestly that nothing is recorded. 1366 and 390 px.
import { BASE, apiCall, check, newPage, shot, login, scenario } from '../lib.mjs'

async function enterpriseId(username, q) {
  const r = await apiCall(username, 'GET', `/enterprises?q=${encodeURIComponent(q)}&page_size=5`)
  check(r.status === 200 && r.body.items.length > 0, `no enterprise matching ${q} for ${username}`)
  return r.body.items[0].id
}

await scenario('f1: zoucheng opens the file of an explosives producer: every tab, open hidden dangers first', async () => {
  const id = await enterpriseId('zoucheng', '恒安民爆')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/enterprises/${id}`)
  await page.locator('[data-testid="enterprise-file-tabs"]').waitFor()
  const code = (await page.locator('[data-testid="enterprise-industry-code"]').textContent()) || ''
  await page.waitForFunction(() => /\d{4}\s+\S/.test(document.querySelector('[data-testid="enterprise-industry-code"]')?.textContent || ''), null, { timeout: 10_000 }).catch(() => {})
  const named = (await page.locator('[data-testid="enterprise-industry-code"]').textContent()) || code
  check(/\d{4}\s+\S+/.test(named), `the GB/T 4754 code shows no name: "${named}"`)
  for (const label of ['证照', '风险分级管控', '隐患排查', '隐患治理', '执法检查', '民爆台账']) await page.locator('.el-tabs__item', { hasText: label }).first().waitFor()
  await page.locator('.el-tabs__item', { hasText: '证照' }).click()
  // Issue 15 §1: the producer's licences (production and safety production) are listed.
  await page.locator('[data-testid="file-licences"] .el-table__row', { hasText: '生产许可证' }).first().waitFor()
  await page.locator('.el-tabs__item', { hasText: '隐患治理' }).click()
  await page.locator('[data-testid="file-hidden-dangers"] .el-table__row').first().waitFor()
  const r = await apiCall('zoucheng', 'GET', `/hidden-dangers?enterprise_id=${id}&open=true&page_size=1`)
  const shown = Number(((await page.locator('[data-testid="file-hidden-dangers-total"]').textContent()) || '').replace(/[^\d]/g, ''))
  check(shown === r.body.total, `the tab counts ${shown} open hidden dangers, the list ${r.body.total}`)
  await shot(page, 'f1-enterprise-file-hidden-dangers-1366')
  await page.locator('.el-tabs__item', { hasText: '民爆台账' }).click()
  await page.locator('[data-testid="file-stores"] .el-table__row').first().waitFor()
  await shot(page, 'f1-enterprise-file-ledger-1366')
  await page.locator('[data-testid="file-hidden-dangers"] a', { hasText: '查看全部隐患' }).count()
  await page.locator('.el-tabs__item', { hasText: '隐患排查' }).click()
  await page.locator('[data-testid="file-inspections"] .el-table__row').first().waitFor()
  await page.locator('[data-testid="file-inspections"] a.more').click()
  await page.waitForURL(new RegExp(`/inspection/tasks\\?enterprise_id=${id}`))

  const { page: phone } = await newPage({ width: 390, height: 844 })
  await login(phone, 'zoucheng')
  await phone.goto(`${BASE}/enterprises/${id}`)
  await phone.locator('[data-testid="enterprise-file-tabs"]').waitFor()
  await phone.locator('.el-tabs__item', { hasText: '隐患治理' }).click()
  await phone.locator('[data-testid="file-hidden-dangers"] .el-table__row').first().waitFor()
  await shot(phone, 'f1-enterprise-file-390')
})

await scenario('f2: a chemical company’s file has no explosives ledger tab', async () => {
  const id = await enterpriseId('jining', '润泽化工')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/enterprises/${id}`)
  await page.locator('.el-tabs__item', { hasText: '隐患治理' }).waitFor()
  check((await page.locator('.el-tabs__item', { hasText: '民爆台账' }).count()) === 0, 'a chemical company shows the explosives ledger tab')
  await page.locator('.el-tabs__item', { hasText: '风险分级管控' }).click()
  await page.locator('[data-testid="file-risk"] .el-table__row').first().waitFor()
  await shot(page, 'f2-chemical-file-risk')
})
