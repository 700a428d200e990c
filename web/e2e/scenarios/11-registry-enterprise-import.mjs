// Enterprise import of a file with many bad rows (issue 10 D): the dialog lists the first errors
// in Chinese (第 N 行, 字段, 说明), counts them per rule and field, and the full error list
// downloads as Excel for the importing account only.
import { BASE, check, newPage, shot, login, apiCall, scenario } from '../lib.mjs'

await scenario('e: rencheng imports 300 bad rows; first errors, counts, full list as Excel', async () => {
  const { page } = await newPage()
  await login(page, 'rencheng')
  await page.goto(`${BASE}/enterprises`)
  await page.locator('[data-testid="enterprise-import"]').click()
  await page.locator('[data-testid="import-dialog"]').waitFor()

  let csv = '企业名称,统一社会信用代码,行政区划代码,行业类别\n'
  for (let i = 0; i < 300; i++) csv += `E2E坏企业${i},BAD,999999,general\n`
  await page.locator('[data-testid="import-file"]').setInputFiles({ name: '企业名录.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/enterprises/import?'))
  await page.locator('[data-testid="import-start"]').click()
  const res = await answered
  check(res.status() === 200, `import answered ${res.status()}`)
  const body = await res.json()
  check(body.error_count === 600 && body.errors.length === 200, `expected 600 errors with 200 listed, saw ${body.error_count}/${body.errors.length}`)

  const summary = page.locator('[data-testid="import-error-summary"]')
  await summary.waitFor()
  const summaryText = (await summary.textContent()) || ''
  check(summaryText.includes('600') && summaryText.includes('300'), `summary should count 600 errors in 300 rows: "${summaryText}"`)
  const firstRow = page.locator('[data-testid="import-errors"] .el-table__row').first()
  const firstText = (await firstRow.textContent()) || ''
  check(firstText.includes('第 2 行'), `first error should be on 第 2 行: "${firstText}"`)
  check(/统一社会信用代码|行政区划代码/.test(firstText), `first error should name the field in Chinese: "${firstText}"`)
  check(!/uscc_|region_|\.errors\[/.test(firstText), `no rule id or JSON path in the table: "${firstText}"`)
  const byRule = (await page.locator('[data-testid="import-by-rule"]').textContent()) || ''
  check(byRule.includes('300'), `counts per rule should show 300: "${byRule}"`)
  const byField = (await page.locator('[data-testid="import-by-field"]').textContent()) || ''
  check(byField.includes('统一社会信用代码') && byField.includes('300'), `counts per field: "${byField}"`)
  await shot(page, 'e1-import-errors')

  const link = page.locator('[data-testid="import-report"]')
  const href = await link.getAttribute('href')
  check(href === `/api/v1/enterprises/import-reports/${body.report_id}`, `report link is ${href}`)
  const download = page.waitForEvent('download')
  await link.click()
  const file = await download
  check(/\.xlsx$/.test(file.suggestedFilename()), `download is ${file.suggestedFilename()}`)

  // Another county's regulator cannot fetch it.
  const other = await apiCall('zoucheng', 'GET', `/enterprises/import-reports/${body.report_id}`)
  check(other.status === 404, `zoucheng fetched rencheng's report: ${other.status}`)
})
