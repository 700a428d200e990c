// Issue 11 §3: the quarterly hidden-danger report (隐患排查治理情况统计分析报告, 16号令). The safety
// officer of 恒安民爆 generates the report of the last ended quarter (figures from the system, not
// typed), writes the analysis and next measures but cannot sign; the principal signs after a
// confirmation stating what is signed; the report is submitted and the city regulator sees it
// marked in the overview of the quarter, with the printable view. At 1366 and 390 px.
import { BASE, apiCall, check, confirmBox, newPage, shot, login, field, scenario } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
let reportUrl = ''

function noRawKeys(text, where) {
  check(!/hdReport\.|report_sign_principal_only|period_not_ended|content_hash/.test(text), `no raw keys or rule ids on ${where}`)
}

await scenario('hr1: the safety officer generates the quarter report and writes the analysis', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/hidden-danger-reports`)
  await page.locator('[data-testid="hdr-generate-form"]').waitFor()
  const quarter = (await page.locator('[data-testid="hdr-quarter"]').textContent()) || ''
  await page.locator('[data-testid="hdr-generate"]').click()
  // A re-run finds the quarter's draft already open: the error says so in Chinese; open it from the list.
  const opened = await Promise.race([
    page.waitForURL(/\/hidden-danger-reports\/\d+$/, { timeout: 15000 }).then(() => true),
    page.locator('[data-testid="hdr-generate-error"]').waitFor({ timeout: 15000 }).then(() => false),
  ])
  if (!opened) {
    const msg = (await page.locator('[data-testid="hdr-generate-error"]').textContent()) || ''
    check(msg.includes('草稿'), `the refusal names the open draft, saw "${msg}"`)
    await page.locator('[data-testid="hdr-table"] tr', { hasText: '草稿' }).first().locator('a').click()
    await page.waitForURL(/\/hidden-danger-reports\/\d+$/)
  }
  reportUrl = page.url()
  await page.locator('[data-testid="hdr-detail"]').waitFor()
  check(((await page.locator('[data-testid="hdr-state"]').textContent()) || '').includes('草稿'), 'the new report is a draft')
  const head = (await page.locator('[data-testid="hdr-detail"] .title').textContent()) || ''
  check(head.includes('恒安民爆') && head.includes('季度'), `the header names the enterprise and quarter (${quarter}), saw "${head}"`)
  // The figures are the system's: a table of numbers, no input inside it.
  check((await page.locator('[data-testid="hdr-figures"] input').count()) === 0, 'figures cannot be typed in')
  const found = (await page.locator('[data-testid="hdr-found-total"]').textContent()) || ''
  check(/^\d+$/.test(found.trim()), `found total is a number, saw "${found}"`)
  const deadline = (await page.locator('[data-testid="hdr-deadline"]').textContent()) || ''
  check(deadline.includes('年') && deadline.includes('月'), `the deadline in Chinese date words, saw "${deadline}"`)
  // Not the principal: no sign button.
  check((await page.locator('[data-testid="hdr-sign"]').count()) === 0, 'the safety officer has no sign button')
  await field(page, 'hdr-analysis').fill('本季度隐患主要集中在防雷和消防设施，均已按期整改。')
  // A correction (a re-run) starts from the previous text: make this run's text its own.
  await field(page, 'hdr-measures').fill(`下季度开展防雷设施专项检测，加强消防器材日常检查（第${Date.now() % 1000}次核对）。`)
  await page.locator('[data-testid="hdr-save"]').click()
  await page.locator('.el-message--success').first().waitFor()
  noRawKeys((await page.locator('[data-testid="hdr-detail"]').textContent()) || '', 'the detail page')
  await shot(page, 'hr1-report-draft')
  await page.setViewportSize(PHONE)
  await shot(page, 'hr1-report-draft-390')
})

await scenario('hr2: the principal signs what is shown, then the report is submitted', async () => {
  check(reportUrl !== '', 'a report from hr1')
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(reportUrl)
  await page.locator('[data-testid="hdr-sign"]').click()
  const consequence = await confirmBox(page)
  check(consequence.includes('主要负责人') && consequence.includes('恒安民爆') && consequence.includes('不可再修改'), `the confirmation states what is signed, saw "${consequence}"`)
  await page.locator('[data-testid="hdr-state"][data-state="signed"]').waitFor()
  const by = (await page.locator('[data-testid="hdr-signed-by"]').textContent()) || ''
  check(by.includes('主要负责人'), `the signer is shown, saw "${by}"`)
  check((await page.locator('textarea[data-testid="hdr-analysis"]').getAttribute('readonly')) !== null, 'signed text is read-only')
  await page.locator('[data-testid="hdr-submit"]').click()
  const submitText = await confirmBox(page)
  check(submitText.includes('监管职责的部门'), `the submit confirmation names the regulator, saw "${submitText}"`)
  await page.locator('[data-testid="hdr-state"][data-state="submitted"]').waitFor()
  const status = (await page.locator('[data-testid="hdr-submission-status"]').textContent()) || ''
  check(status.includes('报送'), `the submission status in words, saw "${status}"`)
  await shot(page, 'hr2-report-submitted')
})

await scenario('hr3: the city regulator sees who submitted the quarter, late ones marked, and the print view', async () => {
  const { page } = await newPage()
  await login(page, 'jining')
  await page.goto(`${BASE}/hidden-danger-reports/overview`)
  await page.locator('[data-testid="hdo-counts"]').waitFor()
  const counts = (await page.locator('[data-testid="hdo-counts"]').textContent()) || ''
  check(/共 \d+ 家/.test(counts), `counts in words, saw "${counts}"`)
  // 恒安民爆 is among the submitted ones.
  await page.locator('[data-testid="hdo-status"] .el-select__wrapper').click()
  const submittedStatus = (await apiCall('jining', 'GET', '/hidden-danger-reports/overview?q=恒安民爆')).body.items[0].status
  const label = submittedStatus === 'late' ? '逾期报送' : '按时报送'
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click()
  const row = page.locator('[data-testid="hdo-table"] tr', { hasText: '恒安民爆' }).first()
  await row.waitFor()
  check(((await row.textContent()) || '').includes(label), `恒安民爆 is marked ${label}`)
  noRawKeys((await page.locator('.el-card').first().textContent()) || '', 'the overview')
  await shot(page, 'hr3-overview')
  // The unsubmitted ones, with the reminder button.
  await page.locator('[data-testid="hdo-status"] .el-select__wrapper').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: '逾期未报送' }).first().click()
  await page.locator('[data-testid="hdo-remind-all"]').waitFor()
  await page.setViewportSize(PHONE)
  await shot(page, 'hr3-overview-390')
  await page.setViewportSize({ width: 1366, height: 860 })
  // The printable view of the submitted report.
  const id = (await apiCall('jining', 'GET', '/hidden-danger-reports/overview?q=恒安民爆')).body.items[0].latest_report_id
  await page.goto(`${BASE}/hidden-danger-reports/${id}/print`)
  await page.locator('[data-testid="hdr-print"] h2').waitFor()
  const sheet = (await page.locator('[data-testid="hdr-print"]').textContent()) || ''
  check(sheet.includes('隐患排查治理情况统计分析报告') && sheet.includes('主要负责人'), 'the print view has the title and the signature')
  await shot(page, 'hr3-print')
})
