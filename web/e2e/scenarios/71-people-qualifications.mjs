// People's qualifications (issue 15 §2): the enterprise sees its overview with the demo principal
// appointed 7 months ago and not examined (234号 item 3), adds a person and a certificate ending in
// 20 days (shown 即将到期); the unexamined principal reads 逾期未考核 on a 390 px phone; the job has
// opened the derived major hidden danger for the regulator; the county records its enforcement
// officer's training and sees the year's hours.
import { BASE, apiCall, check, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const chinaDay = (offsetDays = 0) => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)
let personId = 0

async function fillDate(page, dialog, index, day) {
  const input = dialog.locator('.el-date-editor input').nth(index)
  await input.click()
  await input.fill(day)
  await input.press('Enter')
}

await scenario('pq1: mb.safety sees the overview, adds a person and a certificate ending in 20 days', async () => {
  const { page } = await newPage()
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/qualifications/people`)
  await page.locator('[data-testid="qualification-summary"]').waitFor()
  const gaps = (await page.locator('[data-testid="qualification-gap"]').allTextContents()).join(' ')
  check(gaps.includes('孙建国'), `the overview should name the unexamined principal 孙建国, saw "${gaps}"`)
  const dept = (await page.locator('[data-testid="department-satisfied"]').textContent()) || ''
  check(dept.includes('满足'), `the demo enterprise has a safety department and a full-time manager, saw "${dept}"`)
  await page.locator('[data-testid="people-table"]').getByText('周敏').waitFor()
  await shot(page, 'pq1-people-overview')

  await page.locator('[data-testid="person-new"]').click()
  const dialog = page.locator('[data-testid="person-dialog"]')
  await dialog.waitFor()
  await field(page, 'person-name').fill(`E2E 守护员 ${stamp}`)
  await fillDate(page, dialog, 0, chinaDay(-30))
  await field(page, 'person-name').click()
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/qualification-people') && r.request().method() === 'POST')
  await page.locator('[data-testid="person-save"]').click()
  const res = await made
  check(res.status() === 201, `the person answered ${res.status()}: ${await res.text()}`)
  personId = (await res.json()).id

  await page.goto(`${BASE}/qualifications/people/${personId}`)
  await page.locator('[data-testid="person-detail"]').waitFor()
  await page.locator('[data-testid="cert-add"]').click()
  const rec = page.locator('[data-testid="record-dialog"]')
  await rec.waitFor()
  await field(page, 'cert-number').fill(`E2E-${stamp}`)
  await field(page, 'cert-issuer').fill('邹城市公安局')
  await fillDate(page, rec, 0, chinaDay(-700))
  await fillDate(page, rec, 1, chinaDay(20))
  await field(page, 'cert-number').click()
  const added = page.waitForResponse((r) => r.url().endsWith(`/qualification-people/${personId}/certificates`))
  await page.locator('[data-testid="record-save"]').click()
  const addRes = await added
  check(addRes.status() === 201, `the certificate answered ${addRes.status()}: ${await addRes.text()}`)
  await rec.waitFor({ state: 'hidden' })
  const certs = (await page.locator('[data-testid="person-certificates"]').textContent()) || ''
  check(certs.includes(`E2E-${stamp}`) && certs.includes('即将到期'), `the certificate should read 即将到期, saw "${certs}"`)
  await shot(page, 'pq1-person-certificate')
})

await scenario('pq2: the unexamined principal reads 逾期未考核 on a 390 px phone', async () => {
  const list = await apiCall('mb.safety', 'GET', '/qualification-people?exam=overdue&role=principal')
  const principal = (list.body.items || []).find((p) => p.name === '孙建国')
  check(!!principal, `the demo principal should be overdue: ${JSON.stringify(list.body)}`)
  const { page } = await newPage(PHONE)
  await login(page, 'mb.safety')
  await page.goto(`${BASE}/qualifications/people/${principal.id}`)
  await page.locator('[data-testid="detail-exam-state"]').waitFor()
  const state = (await page.locator('[data-testid="detail-exam-state"]').textContent()) || ''
  check(state.includes('逾期未考核'), `the examination state should be 逾期未考核, saw "${state}"`)
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the person page scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'pq2-principal-390')
})

await scenario('pq3: the job opened the major hidden danger of 234号 item 3 for the regulator', async () => {
  let found = null
  for (let i = 0; i < 20 && !found; i++) {
    const r = await apiCall('zoucheng', 'GET', '/hidden-dangers?source=derived&page_size=100')
    found = (r.body.items || []).find((h) => String(h.title).includes('孙建国'))
    if (!found) await new Promise((res) => setTimeout(res, 2000))
  }
  check(!!found, 'a derived hidden danger naming 孙建国 should be open')
  check(found.level === 'major', `it should be major, saw ${found && found.level}`)
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/hidden-dangers/${found.id}`)
  await page.getByText('孙建国').first().waitFor()
  await shot(page, 'pq3-derived-hidden-danger')
})

await scenario('pq4: the county records its officer training and sees the hours; certificates ending soon list', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/qualifications/certificates`)
  await page.locator('[data-testid="certificate-table"]').waitFor()
  await page.locator('[data-testid="cert-state"]').first().waitFor()
  await shot(page, 'pq4-certificates-expiring')
  await page.goto(`${BASE}/qualifications/staff`)
  await page.locator('[data-testid="staff-table"]').getByText('刘洋').waitFor()
  const row = page.locator('[data-testid="staff-table"] .el-table__row', { hasText: '刘洋' })
  const before = ((await row.locator('[data-testid="staff-hours"]').textContent()) || '').trim()
  await row.locator('[data-testid="staff-training"]').click()
  await page.locator('[data-testid="record-dialog"]').waitFor()
  await field(page, 'training-course').fill(`E2E 行政执法规范 ${stamp}`)
  const saved = page.waitForResponse((r) => r.url().includes('/enforcement-staff/') && r.request().method() === 'POST')
  await page.locator('[data-testid="record-save"]').click()
  const res = await saved
  check(res.status() === 201, `the training answered ${res.status()}: ${await res.text()}`)
  await page.locator('[data-testid="record-dialog"]').waitFor({ state: 'hidden' })
  await page.waitForTimeout(500)
  const after = ((await row.locator('[data-testid="staff-hours"]').textContent()) || '').trim()
  check(after !== before && after.startsWith(String(Number(before.split('/')[0]) + 8)), `the hours should rise by 8: ${before} → ${after}`)
  await shot(page, 'pq4-staff-training')
})

// Gap of issue 15 (helper gaps15): the county edits its own officer (post) from the staff list; audited.
await scenario('pq5: the county edits its officer post from the staff list', async () => {
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/qualifications/staff`)
  const row = page.locator('[data-testid="staff-table"] .el-table__row', { hasText: '刘洋' })
  await row.first().waitFor()
  await row.locator('[data-testid="staff-edit"]').click()
  await page.locator('[data-testid="person-dialog"]').waitFor()
  const post = `执法监察大队 E2E ${stamp}`
  await field(page, 'person-post').fill(post)
  const saved = page.waitForResponse((r) => r.url().includes('/enforcement-staff/') && r.request().method() === 'PUT')
  await page.locator('[data-testid="person-save"]').click()
  const res = await saved
  check(res.status() === 200, `the edit answered ${res.status()}: ${await res.text()}`)
  await page.locator('[data-testid="person-dialog"]').waitFor({ state: 'hidden' })
  await row.getByText(post).waitFor()
  await shot(page, 'pq5-staff-edited')
  const id = (await res.json()).id
  const audit = await apiCall('auditadmin', 'GET', `/audit-log?entity=qualified_person&action=update&entity_id=${id}`)
  check(audit.status === 200 && (audit.body.items || []).length > 0, `the edit should be audited: ${audit.status}`)
})
