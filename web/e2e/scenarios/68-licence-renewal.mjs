// Licences (issue 15 §1): 润泽化工's safety production licence is inside its renewal window; with
// an open major hidden danger the renewal it applies for (390 px phone) shows that condition failed,
// naming the hidden danger with a link, and 任城区 can only refuse it — in writing, the refusal
// naming the hidden danger. Once its people close that hidden danger through its loop (assess,
// plan, assign, rectify, verify, report to the workers' congress, the regulator's sign-off), a new
// renewal is granted: the validity runs 3 more years and the history shows the extension.
import { BASE, apiCall, apiOk, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
let licence = null
let hdId = 0
let refusedId = 0

await scenario('lr1: hc.safety applies for the renewal with an open major hidden danger (390 px)', async () => {
  const list = await apiOk('hc.safety', 'GET', '/licences?kind=safety_production&status=valid')
  licence = list.items.find((l) => l.days_left <= 90)
  check(!!licence, `the demo should hold 润泽化工's licence inside its renewal window: ${JSON.stringify(list.items.map((l) => [l.number, l.days_left]))}`)
  const rep = await apiCall('hc.safety', 'POST', '/hidden-dangers', { title: `E2E 重大隐患 许可延期 ${stamp}`, description: '液氯储罐区紧急切断阀失效', location: '储罐区', hazard_factor: '2' })
  check(rep.status === 201, `the report answered ${rep.status}: ${JSON.stringify(rep.body)}`)
  hdId = rep.body.id
  await apiOk('hc.safety', 'POST', `/hidden-dangers/${hdId}/transitions`, { action: 'assess', level: 'major' })

  const { page } = await newPage(PHONE)
  await login(page, 'hc.safety')
  await page.goto(`${BASE}/licensing/licences/${licence.id}`)
  await page.locator('[data-testid="licence-renewal"]').waitFor()
  await shot(page, 'lr1-licence-390')
  await page.locator('[data-testid="licence-apply-renewal"]').click()
  await page.locator('[data-testid="apply-conditions"]').waitFor()
  const hdCondition = page.locator('[data-testid="apply-conditions"] [data-condition="no_major_hidden_danger"]')
  check((await hdCondition.getAttribute('data-passed')) === 'false', 'the open major hidden danger should fail its condition before applying')
  await field(page, 'apply-note').fill('许可证即将到期，申请延期')
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the application form scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'lr1-apply-390')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/licence-applications') && r.request().method() === 'POST')
  await page.locator('[data-testid="apply-submit"]').click()
  const res = await made
  check(res.status() === 201, `the application answered ${res.status()}: ${await res.text()}`)
  refusedId = (await res.json()).id
  await page.locator('[data-testid="application-status"]').waitFor()
  await page.locator(`[data-testid="condition-record-hidden_danger-${hdId}"]`).waitFor()
  await shot(page, 'lr1-application-390')
})

await scenario('lr2: 任城区 cannot approve; it refuses in writing, naming the hidden danger', async () => {
  check(refusedId > 0, 'no application from lr1')
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/licensing/applications/${refusedId}`)
  await page.locator('[data-testid="application-decision"]').waitFor()
  const due = (await page.locator('[data-testid="application-due"]').textContent()) || ''
  check(/剩余 \d+ 天/.test(due), `the 45-day clock should be shown, saw "${due}"`)
  check(await page.locator('[data-testid="decision-approve"]').isDisabled(), 'approval should be disabled while a condition fails')
  const link = page.locator(`[data-testid="condition-record-hidden_danger-${hdId}"]`)
  check((await link.getAttribute('href'))?.endsWith(`/hidden-dangers/${hdId}`), 'the failed condition should link to the hidden danger')
  const api = await apiCall('rencheng', 'POST', `/licence-applications/${refusedId}/decision`, { approve: true })
  check(api.status === 422, `an approval by the API should be refused, got ${api.status}`)
  await field(page, 'decision-note').fill('存在未整改的重大事故隐患，不具备安全生产条件')
  await page.locator('[data-testid="decision-refuse"]').click()
  const text = await confirmBox(page)
  check(text.includes('1 项不符合'), `the confirmation should count the failed conditions, saw "${text}"`)
  await page.locator('[data-testid="application-decision"]').waitFor({ state: 'detached' })
  const status = (await page.locator('[data-testid="application-status"]').textContent()) || ''
  check(status.includes('不予许可'), `the application should read 不予许可, saw "${status}"`)
  await shot(page, 'lr2-refused')
  const notice = await page.context().newPage()
  await notice.goto(`${BASE}/licensing/applications/${refusedId}/notice`)
  await notice.locator('[data-testid="refusal-notice"] ol').waitFor()
  const body = (await notice.locator('[data-testid="refusal-notice"]').textContent()) || ''
  check(body.includes('无未整改的重大事故隐患') && body.includes(`E2E 重大隐患 许可延期 ${stamp}`), `the refusal should name the hidden danger, saw "${body.slice(0, 300)}"`)
  await shot(notice, 'lr2-refusal-notice')
})

await scenario('lr3: the hidden danger is closed through its loop; the renewal is granted', async () => {
  check(hdId > 0 && licence, 'nothing from lr1')
  // Every open major hidden danger of 润泽化工 (ours and any the demo left open) is driven to its
  // close by the people whose step it is.
  const majors = await apiOk('hc.safety', 'GET', '/hidden-dangers?level=major&open=true&page_size=100')
  const ids = [...new Set([hdId, ...majors.items.filter((h) => h.state !== 'closed' && h.state !== 'dismissed').map((h) => h.id)])]
  for (const id of ids) {
    for (let step = 0; step < 8; step++) {
      const h = await apiOk('hc.safety', 'GET', `/hidden-dangers/${id}`)
      if (h.state === 'closed') break
      const act = (user, body) => apiCall(user, 'POST', `/hidden-dangers/${id}/transitions`, body)
      if (h.state === 'reported') await act('hc.safety', { action: 'assess', level: 'major' })
      else if (h.state === 'assessed') {
        await act('hc.safety', { action: 'submit_plan', plan: '停用储罐、更换紧急切断阀、检测验收' })
        const principal = h.owner_candidates.find((u) => u.display_name.includes('主要负责人'))
        await act('hc.safety', { action: 'assign', owner_user_id: principal.id, measures: '按治理方案整改', deadline: chinaToday() })
      } else if (h.state === 'rectification_assigned') {
        const r = await act('hc.principal', { action: 'rectify', evidence: '已整改并联调' })
        if (r.status !== 200) await act('hc.safety', { action: 'rectify', evidence: '已整改并联调' })
      } else if (h.state === 'rectified') await act('hc.safety', { action: 'verify_pass' })
      else if (h.state === 'awaiting_regulator_signoff') {
        await act('hc.safety', { action: 'report_congress', congress_method: 'meeting', congress_reported_on: chinaToday(), congress_reporter: '张主任', congress_minutes: '职代会听取重大事故隐患治理情况报告' })
        const r = await act('rencheng', { action: 'regulator_signoff' })
        check(r.status === 200, `the sign-off of ${id} answered ${r.status}: ${JSON.stringify(r.body).slice(0, 300)}`)
      }
    }
    const closed = await apiOk('hc.safety', 'GET', `/hidden-dangers/${id}`)
    check(closed.state === 'closed', `hidden danger ${id} should be closed, is ${closed.state}`)
  }

  const again = await apiCall('hc.safety', 'POST', '/licence-applications', { application_type: 'renewal', licence_id: licence.id, note: '重大隐患已整改销号，再次申请延期' })
  check(again.status === 201, `the second application answered ${again.status}: ${JSON.stringify(again.body)}`)
  const hd = again.body.conditions.find((c) => c.id === 'no_major_hidden_danger')
  check(hd.passed, 'the hidden-danger condition should now be met')
  const failing = again.body.conditions.filter((c) => !c.passed).map((c) => c.id)
  check(failing.length === 0, `every condition should be met now, failing: ${failing.join(', ')}`)

  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/licensing/applications/${again.body.id}`)
  await page.locator('[data-testid="application-decision"]').waitFor()
  await field(page, 'decision-note').fill('条件具备，有效期内未发生死亡事故，准予延期')
  await page.locator('[data-testid="decision-approve"]').click()
  const text = await confirmBox(page)
  check(text.includes('延续 3 年'), `the confirmation should state the extension, saw "${text}"`)
  await page.locator('[data-testid="application-decision"]').waitFor({ state: 'detached' })
  const status = (await page.locator('[data-testid="application-status"]').textContent()) || ''
  check(status.includes('批准'), `the application should read 批准, saw "${status}"`)
  const after = await apiOk('rencheng', 'GET', `/licences/${licence.id}`)
  check(after.valid_to > licence.valid_to, `the validity should run on: ${licence.valid_to} → ${after.valid_to}`)
  check(after.events.some((e) => e.kind === 'renewed'), 'the history should show the extension')
  await page.goto(`${BASE}/licensing/licences/${licence.id}`)
  await page.locator('[data-testid="licence-history"]').getByText('延期').first().waitFor()
  await shot(page, 'lr3-renewed')
})
