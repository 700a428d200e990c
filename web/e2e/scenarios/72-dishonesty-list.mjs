// Dishonesty list (issue 15 §4, 应急管理部令第11号): the county regulator takes a candidate (an accident
// of 恒安民爆 found concealed) through the prior notice, is refused the decision while the defence
// period runs, records the defence, decides (3-year term from the next day) and publishes it; the
// public list shows it without signing in; the enterprise's application for credit repair is refused
// before 12 months with the day it opens (390 px).
import { BASE, apiCall, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
let entryId = 0
let enterprise = ''

await scenario('dl1: a concealment finding opens a candidate on the list', async () => {
  const accidents = await apiCall('zoucheng', 'GET', '/accidents?page_size=100')
  const mine = (accidents.body.items || []).filter((a) => a.enterprise_name === '邹城恒安民爆器材有限公司')
  check(mine.length > 0, 'the demo should hold accidents of 恒安民爆')
  let made = null
  for (const a of mine) {
    for (const kind of ['concealed', 'false_report']) {
      const r = await apiCall('zoucheng', 'POST', '/dishonesty-list/accident-findings', { accident_id: a.id, kind, finding: 'E2E 经群众举报查实未按规定上报', found_on: new Date().toISOString().slice(0, 10) })
      if (r.status === 201) {
        made = { ...r.body, accident_id: a.id }
        break
      }
    }
    if (made) break
  }
  check(!!made, 'a finding should open a candidate')
  entryId = made.candidate_id
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/accidents/${made.accident_id}`)
  await page.locator('[data-testid="accident-reporting-findings"]').getByText('E2E 经群众举报查实未按规定上报').first().waitFor()
  await page.goto(`${BASE}/credit/dishonesty-list?state=candidate`)
  await page.locator('[data-testid="dishonesty-table"]').waitFor()
  await page.locator(`[data-testid="dishonesty-open-${entryId}"]`).waitFor()
  enterprise = ((await page.locator(`[data-testid="dishonesty-open-${entryId}"]`).textContent()) || '').trim()
  await shot(page, 'dl1-candidates')
})

await scenario('dl2: notice, decision refused while the defence period runs, defence, decision, publication', async () => {
  check(entryId > 0, 'no candidate from dl1')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/credit/dishonesty-list/${entryId}`)
  await field(page, 'dishonesty-notice-number').fill('邹工信告〔2026〕E2E号')
  await page.locator('[data-testid="dishonesty-notice-submit"]').click()
  const notice = await confirmBox(page)
  check(notice.includes('个工作日'), `the notice confirmation should name the defence period, saw "${notice}"`)
  await page.locator('[data-testid="dishonesty-state-tag"]').getByText('已告知').waitFor()
  const due = ((await page.locator('[data-testid="dishonesty-defence-due"]').textContent()) || '').trim()
  check(/^\d{4}-\d{2}-\d{2}$/.test(due), `the defence due day should show, saw "${due}"`)
  await field(page, 'dishonesty-decision-number').fill('邹工信失信〔2026〕E2E号')
  await field(page, 'dishonesty-decision-reasons').fill('瞒报生产安全事故，情节严重')
  await page.locator('[data-testid="dishonesty-decide-submit"]').click()
  await confirmBox(page)
  const refused = ((await page.locator('[data-testid="dishonesty-error"]').textContent()) || '').trim()
  check(refused.includes(due), `the decision should wait for the defence until ${due}, saw "${refused}"`)
  await shot(page, 'dl2-defence-open')
  await field(page, 'dishonesty-defence-text').fill('企业称已补报并处理相关责任人')
  await page.locator('[data-testid="dishonesty-defence-submit"]').click()
  await page.locator('[data-testid="dishonesty-history"]').getByText('陈述申辩').waitFor()
  await field(page, 'dishonesty-decision-number').fill('邹工信失信〔2026〕E2E号')
  await field(page, 'dishonesty-decision-reasons').fill('瞒报生产安全事故，陈述申辩理由不能成立')
  await page.locator('[data-testid="dishonesty-decide-submit"]').click()
  const decide = await confirmBox(page)
  check(decide.includes('3 年'), `the decision confirmation should name the 3-year term, saw "${decide}"`)
  await page.locator('[data-testid="dishonesty-state-tag"]').getByText('已列入').waitFor()
  const term = ((await page.locator('[data-testid="dishonesty-term"]').textContent()) || '').trim()
  check(/\d{4}-\d{2}-\d{2} ~ \d{4}-\d{2}-\d{2}/.test(term), `the term should show, saw "${term}"`)
  await page.locator('[data-testid="dishonesty-publish"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="dishonesty-publish"]').waitFor({ state: 'detached' })
  const published = ((await page.locator('[data-testid="dishonesty-published"]').textContent()) || '').trim()
  check(published !== '—', 'the publication time should show')
  await shot(page, 'dl2-listed-published')
  await page.goto(`${BASE}/credit/dishonesty-list/${entryId}/decision`)
  const text = ((await page.locator('[data-testid="dishonesty-decision"]').textContent()) || '')
  check(text.includes('邹工信失信〔2026〕E2E号') && text.includes('第八条第（四）项'), 'the printable decision should name its number and article')
  await shot(page, 'dl2-decision-print')
})

await scenario('dl3: the public list shows it without signing in', async () => {
  const { page } = await newPage()
  await page.goto(`${BASE}/public/dishonesty-list`)
  await page.locator('[data-testid="public-dishonesty-table"]').getByText('邹工信失信〔2026〕E2E号').waitFor()
  await shot(page, 'dl3-public')
})

await scenario('dl4: credit repair before 12 months is refused with the day it opens (390 px)', async () => {
  check(entryId > 0, 'no entry')
  const detail = await apiCall('mb.principal', 'GET', `/dishonesty-list/${entryId}`)
  check(detail.status === 200, `the enterprise should see its entry: ${detail.status}`)
  const opens = detail.body.repair_opens_on
  const { page } = await newPage(PHONE)
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/credit/dishonesty-list/${entryId}`)
  await field(page, 'dishonesty-repair-reason').fill('已缴纳罚款并完成整改')
  await page.locator('[data-testid="file-input"]').first().setInputFiles({ name: '整改报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% E2E\n%%EOF\n') })
  await page.getByText('整改报告.pdf').first().waitFor()
  await page.locator('[data-testid="dishonesty-repair-submit"]').click()
  const refused = ((await page.locator('[data-testid="dishonesty-error"]').textContent()) || '').trim()
  check(refused.includes(opens) && refused.includes('12'), `the refusal should name ${opens} and 12 months, saw "${refused}"`)
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'dl4-repair-too-early-390')
  check(enterprise.length > 0, 'the enterprise name should have shown in dl1')
})

// Gaps of issue 15 (helper gaps15): a credit-relevant accident-investigation finding enters a candidate in one click
// from the list page (调查发现，纳入失信依据); the enterprise, once noticed, submits its own defence with a file from
// its phone; the county sees it on the case.
let basisEntry = 0

await scenario('dl5: a credit-relevant investigation finding enters a candidate in one click', async () => {
  const accidents = await apiCall('zoucheng', 'GET', '/accidents?page_size=100')
  const a = (accidents.body.items || []).find((x) => x.enterprise_name === '邹城恒安民爆器材有限公司')
  check(!!a, 'the demo should hold an accident of 恒安民爆')
  const inv = await apiCall('zoucheng', 'GET', `/accidents/${a.id}/investigation`)
  if (!inv.body?.record) {
    const put = await apiCall('zoucheng', 'PUT', `/accidents/${a.id}/investigation`, { team_leader: 'E2E 调查组长', started_on: new Date().toISOString().slice(0, 10) })
    check(put.status === 200, `the investigation should be recorded: ${put.status} ${JSON.stringify(put.body)}`)
  }
  const title = `E2E 擅自拆除安全联锁 ${Date.now()}`
  const f = await apiCall('zoucheng', 'POST', `/accidents/${a.id}/investigation/findings`, { kind: 'violation', title, responsible: '生产车间主任', credit_relevant: true })
  check(f.status === 201, `the finding should be recorded: ${f.status} ${JSON.stringify(f.body)}`)
  const finding = f.body.findings.find((x) => x.title === title)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/credit/dishonesty-list`)
  await page.locator('[data-testid="dishonesty-bases"]').getByText(title).waitFor()
  await shot(page, 'dl5-bases')
  await page.locator(`[data-testid="dishonesty-basis-enter-${finding.id}"]`).click()
  const confirm = await confirmBox(page)
  check(confirm.includes('第八条第（九）项') && confirm.includes('1 条'), `the confirmation should name the article and the count, saw "${confirm}"`)
  await page.waitForURL(/\/credit\/dishonesty-list\/\d+$/)
  basisEntry = Number(page.url().split('/').pop())
  await page.locator('[data-testid="dishonesty-state-tag"]').getByText('待告知').waitFor()
  await page.getByText(title).first().waitFor()
  // Prior notice so that the enterprise sees the case and may state its defence.
  await field(page, 'dishonesty-notice-number').fill('邹工信告〔2026〕E2E-调查号')
  await page.locator('[data-testid="dishonesty-notice-submit"]').click()
  await confirmBox(page)
  await page.locator('[data-testid="dishonesty-state-tag"]').getByText('已告知').waitFor()
  await shot(page, 'dl5-candidate-noticed')
})

await scenario('dl6: the enterprise submits its own defence with a file within the period (390 px); the county sees it', async () => {
  check(basisEntry > 0, 'no candidate from dl5')
  const { page } = await newPage(PHONE)
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/credit/dishonesty-list/${basisEntry}`)
  await field(page, 'dishonesty-own-defence-text').fill('联锁系设备检修时临时拆除，已恢复并处理责任人')
  await page.locator('[data-testid="file-input"]').first().setInputFiles({ name: '恢复记录.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% E2E\n%%EOF\n') })
  await page.getByText('恢复记录.pdf').first().waitFor()
  await page.locator('[data-testid="dishonesty-own-defence-submit"]').click()
  const confirm = await confirmBox(page)
  check(confirm.includes('1 份材料'), `the confirmation should count the files, saw "${confirm}"`)
  await page.locator('[data-testid="dishonesty-defence-shown"]').getByText('联锁系设备检修时临时拆除').waitFor()
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'dl6-own-defence-390')
  const county = await newPage()
  await login(county.page, 'zoucheng')
  await county.page.goto(`${BASE}/credit/dishonesty-list/${basisEntry}`)
  await county.page.locator('[data-testid="dishonesty-defence-shown"]').getByText('联锁系设备检修时临时拆除').waitFor()
  await county.page.locator('[data-testid="dishonesty-history"]').getByText('企业提交陈述申辩').waitFor()
  await county.page.getByText('恢复记录.pdf').first().waitFor()
  await shot(county.page, 'dl6-county-sees-defence')
})
