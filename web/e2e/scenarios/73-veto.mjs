// One-vote veto (issue 15 §4): the city bureau's demo round of award applications, checked against
// the demo's own records, shows a vetoed application with every reason in Chinese, each a link to
// its record; the application's printable result lists them; the agency re-checks and confirms
// the round stating the figures, which freezes it under a hash; the enterprise sees its own result
// only, at 390 px.
import { BASE, apiCall, check, confirmBox, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
let roundId = 0
let vetoedId = 0
let vetoedEnterprise = 0

await scenario('vt1: the demo round lists a vetoed award application with its reasons linked', async () => {
  const rounds = await apiCall('jining', 'GET', '/veto-rounds?kind=award_enterprise&status=open')
  const round = (rounds.body.items || []).find((r) => r.vetoed > 0)
  check(!!round, `the demo should hold an open award round with a veto: ${JSON.stringify(rounds.body.items)}`)
  roundId = round.id
  const apps = await apiCall('jining', 'GET', `/veto-applications?round_id=${roundId}&result=vetoed`)
  const vetoed = apps.body.items[0]
  check(vetoed && vetoed.reasons.length > 0, 'a vetoed application names its reasons')
  vetoedId = vetoed.id
  vetoedEnterprise = vetoed.enterprise.id
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/credit/veto-rounds/${roundId}`)
  await page.locator('[data-testid="veto-application-table"]').waitFor()
  const tag = page.locator('[data-testid="veto-result"]', { hasText: '否决' }).first()
  await tag.waitFor()
  const row = page.locator('[data-testid="veto-application-table"] tr', { hasText: vetoed.enterprise.name }).first()
  const links = row.locator('.reasons a')
  check((await links.count()) === vetoed.reasons.length, `every reason should be a link (${await links.count()} of ${vetoed.reasons.length})`)
  const first = (await links.first().textContent()) || ''
  check(/重大事故隐患|生产安全事故|失信|许可证/.test(first), `the reason should read in Chinese, saw "${first}"`)
  await shot(page, 'vt1-round-with-veto')
})

await scenario('vt2: the printable result lists every reason with a link to its record', async () => {
  check(vetoedId > 0, 'no vetoed application from vt1')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/credit/veto-applications/${vetoedId}`)
  const result = (await page.locator('[data-testid="veto-application-result"]').textContent()) || ''
  check(result.includes('否决'), `the result should read 否决, saw "${result}"`)
  const items = page.locator('[data-testid="veto-reasons"] li')
  check((await items.count()) > 0, 'the notice lists the reasons')
  const link = page.locator('[data-testid="veto-reasons"] a').first()
  const href = (await link.getAttribute('href')) || ''
  check(/\/(hidden-dangers|emergency\/accidents|licensing\/licences|credit\/dishonesty-list)\/\d+$/.test(href), `the reason should link to its record, saw "${href}"`)
  await shot(page, 'vt2-printable-result')
  if (href.startsWith('/hidden-dangers/') || href.includes('/emergency/accidents/')) {
    await link.click()
    await page.waitForURL((u) => u.pathname === href)
    await shot(page, 'vt2-reason-record')
  }
})

await scenario('vt2b: the enterprise file shows the veto result in its 一票否决 tab', async () => {
  check(vetoedEnterprise > 0, 'no vetoed enterprise from vt1')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/enterprises/${vetoedEnterprise}`)
  await page.locator('[data-testid="enterprise-file-tabs"]').waitFor()
  await page.locator('.el-tabs__item', { hasText: '一票否决' }).click()
  await page.locator('[data-testid="file-veto"] .el-table__row', { hasText: '否决' }).first().waitFor()
  await shot(page, 'vt2b-enterprise-file-tab')
})

await scenario('vt3: the agency re-checks and confirms the round stating the figures', async () => {
  check(roundId > 0, 'no round from vt1')
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/credit/veto-rounds/${roundId}`)
  await page.locator('[data-testid="veto-check"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="veto-round-figures"]').waitFor()
  const before = await apiCall('jining', 'GET', `/veto-rounds/${roundId}`)
  await page.locator('[data-testid="veto-confirm"]').click()
  const text = await confirmBox(page)
  check(text.includes(`申报 ${before.body.applications} 家`) && text.includes(`否决 ${before.body.vetoed} 家`), `the confirmation should state the figures, saw "${text}"`)
  await page.locator('[data-testid="veto-round-hash"]').waitFor()
  const status = (await page.locator('[data-testid="veto-round-status"]').textContent()) || ''
  check(status.includes('已确认'), `the round should read 已确认, saw "${status}"`)
  check((await page.locator('[data-testid="veto-check"]').count()) === 0, 'no re-check after the confirmation')
  await shot(page, 'vt3-confirmed')
})

await scenario('vt4: the enterprise sees its own result at 390 px', async () => {
  const own = await apiCall('mb.principal', 'GET', '/veto-applications')
  check(own.status === 200 && own.body.items.every((a) => a.enterprise.name === own.body.items[0].enterprise.name), 'only its own applications')
  const { page } = await newPage(PHONE)
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/credit/veto-applications`)
  await page.locator('[data-testid="veto-applications-table"]').waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the list scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'vt4-enterprise-390')
  const foreign = await apiCall('mb.principal', 'GET', `/veto-rounds/${roundId}`)
  check(foreign.status === 404, `the round is the agency's: ${foreign.status}`)
})

// Gap of issue 15 (helper gaps15): on confirmation each applying enterprise is told its own result, once.
await scenario('vt5: each applicant got one notification of its own result on confirmation (390 px)', async () => {
  check(roundId > 0, 'no round from vt1')
  const apps = await apiCall('jining', 'GET', `/veto-applications?round_id=${roundId}&page_size=100`)
  for (const user of ['mb.principal', 'hc.principal']) {
    const mine = await apiCall(user, 'GET', '/veto-applications?page_size=100')
    const app = (mine.body.items || []).find((a) => (apps.body.items || []).some((x) => x.id === a.id))
    check(!!app, `${user} should have applied in the demo round`)
    const notes = await apiCall(user, 'GET', '/notifications?page_size=100')
    const about = (notes.body.items || []).filter((n) => n.link === `/credit/veto-applications/${app.id}`)
    check(about.length === 1, `${user} should have exactly one result notification, saw ${about.length}`)
    const expected = app.result === 'vetoed' ? `${app.reasons.length} 项` : '通过'
    check(about[0].title.includes(app.result === 'vetoed' ? '否决' : '通过') && (about[0].body || '').includes(expected), `${user}'s notification should state its result, saw "${about[0].title} ${about[0].body}"`)
    const foreign = (notes.body.items || []).filter((n) => n.link.startsWith('/credit/veto-applications/') && !(mine.body.items || []).some((a) => n.link === `/credit/veto-applications/${a.id}`))
    check(foreign.length === 0, `${user} should not be told other enterprises' results`)
  }
  const { page } = await newPage(PHONE)
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/notifications`)
  await page.locator('[data-testid="notification-list"]').getByText('一票否决核查结果').first().waitFor()
  await shot(page, 'vt5-result-notification-390')
})
