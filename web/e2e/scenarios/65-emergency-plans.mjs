// Emergency plans (issue 14 §2): an enterprise drafts a plan, uploads its version (document, risk assessment,
// resource survey), records the 评审 with an expert who declares a conflict, the principal signs and publishes
// (390 px), the enterprise files the package (five files, each required), the county regulator accepts it from
// its filing review page and the printable certificate shows the filing number; a demo plan filed late shows
// red with its days late and its legal source.
import { BASE, apiCall, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const TITLE = `E2E 火灾事故专项应急预案 ${stamp}`
const PDF = Buffer.from('%PDF-1.4\n% e2e emergency plan\n%%EOF\n')
let planId = 0

/** Uploads one PDF into the dialog's file field and waits until it is stored. */
async function upload(page, fieldName, name) {
  const stored = page.waitForResponse((r) => r.url().endsWith('/api/v1/files') && r.request().method() === 'POST')
  await page.locator(`[data-testid="plan-file-${fieldName}"] input[type="file"]`).setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF })
  const res = await stored
  check(res.status() === 201, `the upload of ${name} answered ${res.status()}`)
  await page.locator(`[data-testid="plan-file-${fieldName}"]`).getByText(name).first().waitFor()
}

async function saveDialog(page, urlPart) {
  const answered = page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === 'POST')
  await page.locator('[data-testid="plan-action-save"]').click()
  return answered
}

await scenario('ep1: the safety officer drafts a plan, uploads its version and records the review', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/plans`)
  await page.locator('[data-testid="plan-table"]').waitFor()
  await page.locator('[data-testid="plan-create"]').click()
  await page.locator('[data-testid="plan-create-dialog"]').getByText('专项应急预案').click()
  await field(page, 'plan-title-input').fill(TITLE)
  await page.locator('[data-testid="plan-create-save"]').click()
  await page.waitForURL(/\/emergency\/plans\/\d+$/)
  planId = Number(page.url().split('/').pop())
  check((await page.locator('[data-testid="plan-status"]').first().textContent())?.includes('编制中'), 'a new plan is a draft')
  await page.locator('[data-testid="plan-add-version"]').click()
  // Saving without files names each missing one.
  await page.locator('[data-testid="plan-action-save"]').click()
  await page.locator('[data-testid="plan-file-document_file_id"]').getByText('请上传预案文本').waitFor()
  await upload(page, 'document_file_id', '火灾事故专项应急预案.pdf')
  await upload(page, 'risk_assessment_file_id', '风险评估报告.pdf')
  await upload(page, 'resource_survey_file_id', '应急资源调查报告.pdf')
  const v = await saveDialog(page, '/versions')
  check(v.status() === 201, `the version answered ${v.status()}: ${await v.text()}`)
  await page.locator('[data-testid="plan-review"]').click()
  await page.locator('[data-testid="plan-action-dialog"]').getByText('评审 · 第 1 版').waitFor()
  await field(page, 'plan-expert-name-0').fill('刘建国')
  await page.locator('[data-testid="plan-action-dialog"]').getByText('添加专家').click()
  await field(page, 'plan-expert-name-1').fill('孙立伟')
  await page.locator('[data-testid="plan-action-dialog"] .el-checkbox').nth(1).click()
  await upload(page, 'minutes_file_id', '评审会议纪要.pdf')
  const r = await saveDialog(page, '/reviews')
  check(r.status() === 201, `the review answered ${r.status()}: ${await r.text()}`)
  const review = (await page.locator('[data-testid="plan-review-item"]').first().textContent()) || ''
  check(review.includes('孙立伟') && review.includes('已回避'), `the conflicted expert should show as withdrawn: "${review}"`)
  check(!(await page.locator('[data-testid="plan-publish"]').count()), 'the safety officer does not sign (art. 24)')
  await shot(page, 'ep1-reviewed')
})

await scenario('ep2: the principal signs and publishes on a 390 px phone', async () => {
  check(planId > 0, 'no plan from ep1')
  const { page } = await newPage(PHONE)
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/emergency/plans/${planId}`)
  await page.locator('[data-testid="plan-publish"]').click()
  await page.locator('[data-testid="plan-action-save"]').click()
  const text = await confirmBox(page)
  check(text.includes('第 1 版'), `the confirmation should name the version, saw "${text}"`)
  await page.locator('[data-testid="plan-deadline-filing"]').first().waitFor()
  check((await page.locator('[data-testid="plan-status"]').first().textContent())?.includes('已发布待备案'), 'the plan should be published')
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the plan page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'ep2-published-390')
})

await scenario('ep3: the enterprise submits the filing package', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/emergency/plans/${planId}`)
  await page.locator('[data-testid="plan-submit-filing"]').click()
  for (const [f, name] of [['application_file_id', '备案申请表.pdf'], ['review_opinion_file_id', '评审意见.pdf'], ['plan_file_id', '预案电子文档.pdf'], ['risk_assessment_file_id', '风险评估结果.pdf'], ['resource_survey_file_id', '应急资源调查清单.pdf']])
    await upload(page, f, name)
  const s = await saveDialog(page, '/filings')
  check(s.status() === 201, `the filing answered ${s.status()}: ${await s.text()}`)
  await page.locator('[data-testid="plan-deadline-check"]').first().waitFor()
  check((await page.locator('[data-testid="plan-status"]').first().textContent())?.includes('备案审核中'), 'the plan should await the check')
  await shot(page, 'ep3-filing-submitted')
})

await scenario('ep4: the county accepts from its filing review page; the certificate shows the number', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/plan-filings`)
  await page.locator('[data-testid="plan-filing-table"]').getByText(TITLE).waitFor()
  await shot(page, 'ep4-filing-review-list')
  await page.locator('[data-testid="plan-filing-table"]').getByText(TITLE).click()
  await page.locator('[data-testid="plan-accept"]').click()
  const text = await confirmBox(page)
  check(text.includes('备案编号'), `the confirmation should state the consequence, saw "${text}"`)
  await page.locator('[data-testid="plan-certificate-link"]').waitFor()
  const number = ((await page.locator('[data-testid="plan-filing-number"]').textContent()) || '').trim()
  check(/^370883-\d{4}-\d{4}$/.test(number), `the filing number should be 370883-YYYY-NNNN, saw "${number}"`)
  const after = await apiCall('mb.safety', 'GET', `/emergency-plans/${planId}`)
  check(after.body.status === 'filed' && after.body.filing_number === number, `the enterprise should see it filed: ${after.body.status}`)
  await page.goto(`${BASE}/emergency/plans/${planId}/certificate`)
  const cert = (await page.locator('[data-testid="certificate-number"]').textContent()) || ''
  check(cert === number, `the certificate should show ${number}, saw "${cert}"`)
  check(((await page.locator('[data-testid="plan-certificate"]').textContent()) || '').includes('邹城恒安民爆器材有限公司'), 'the certificate names the unit')
  await shot(page, 'ep4-certificate')
})

await scenario('ep5: a demo plan filed late shows red with its days late and its source', async () => {
  const list = await apiCall('zoucheng', 'GET', '/emergency-plans?status=published&page_size=100')
  const late = (list.body.items || []).find((p) => p.filing_late && !String(p.title).startsWith('E2E'))
  check(!!late, 'the demo should hold a plan past its filing deadline')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/plans?status=published`)
  const row = page.locator('[data-testid="plan-table"] .el-table__row').filter({ hasText: late.title })
  const tag = (await row.locator('[data-testid="plan-deadline-filing"]').textContent()) || ''
  check(tag.includes(`已逾期 ${late.filing_days_late} 天`), `the deadline should read 已逾期 ${late.filing_days_late} 天, saw "${tag}"`)
  await row.locator('[data-testid="plan-deadline-filing"]').hover()
  await page.locator('.el-popper').getByText('第二十六条').first().waitFor()
  await shot(page, 'ep5-late-filing')
  const revision = await apiCall('zoucheng', 'GET', '/emergency-plans?status=revision_required&page_size=100')
  const drill = (revision.body.items || []).find((p) => p.revision?.source_kind === 'drill')
  check(!!drill, 'the demo should hold a plan requiring revision after a drill')
})

await scenario('ep6: the enterprise file (一企一档) lists the enterprise\'s plans with their status', async () => {
  const plan = await apiCall('zoucheng', 'GET', `/emergency-plans/${planId}`)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/enterprises/${plan.body.enterprise_id}`)
  await page.locator('.el-tabs__item', { hasText: '应急预案' }).first().click()
  const row = page.locator('[data-testid="file-plans"] .el-table__row').filter({ hasText: TITLE })
  await row.first().waitFor()
  check(((await row.first().textContent()) || '').includes('已备案'), 'the filed plan shows 已备案 in the file')
  await shot(page, 'ep6-enterprise-file-plans')
})
