// Duty spot checks (issue 14 §1, 值班抽查): the 邹城 county draws 3 enterprises at random with a seed
// announced beforehand — the dialog shows the seed and the draw, and this scenario re-runs the draw
// from the shown seed and pool itself (SplitMix64, as the server) — then records on a 390 px phone
// one unanswered call, prefilled with the roster's duty phone; the failure opens a finding that the
// enterprise (恒安民爆) answers; the county sees the answer to review.
import { BASE, apiOk, check, confirmBox, field, login, newPage, scenario, shot } from '../lib.mjs'

const PHONE = { width: 390, height: 844 }
const stamp = new Date().toISOString().replace(/[-:TZ.]/g, '').slice(0, 14)
const TITLE = `E2E 夜间值班抽查 ${stamp}`

// SplitMix64 and the partial Fisher–Yates over the sorted pool: the server's draw
// (server/src/emergency/spot_check/spot_check_rules.cpp), re-run by anyone holding the seed.
const MASK = (1n << 64n) - 1n
function drawUnits(seedHex, pool, count) {
  let state = BigInt('0x' + seedHex) & MASK
  const next = () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK
    let z = state
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK
    return z ^ (z >> 31n)
  }
  const p = [...new Set(pool)].sort((a, b) => a - b)
  const take = Math.min(p.length, count)
  for (let i = 0; i < take; i++) {
    const j = i + Number(next() % BigInt(p.length - i))
    ;[p[i], p[j]] = [p[j], p[i]]
  }
  return p.slice(0, take)
}

let roundId = 0
let mbPosition = 0
let findingId = 0

await scenario('sc1: the county draws 3 enterprises with the seed shown, and the draw re-runs from it', async () => {
  // The candidates: every active enterprise of 邹城 (the county's scope). The seed announced
  // beforehand is the first that draws 恒安民爆, whose accounts answer below.
  const ents = await apiOk('zoucheng', 'GET', '/enterprises?status=active&page_size=100')
  const pool = ents.items.map((e) => e.id)
  const mb = ents.items.find((e) => e.name === '邹城恒安民爆器材有限公司')
  check(!!mb && pool.length >= 3, `邹城 should hold 恒安民爆 and at least 3 enterprises (${pool.length})`)
  let n = 1
  while (!drawUnits(n.toString(16).padStart(16, '0'), pool, 3).includes(mb.id)) n++
  const seed = n.toString(16).padStart(16, '0')
  const { page } = await newPage()
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/duty-spot-checks`)
  await page.locator('[data-testid="spot-check-table"]').waitFor()
  await page.locator('[data-testid="spot-check-new"]').click()
  await field(page, 'spot-check-title').fill(TITLE)
  await field(page, 'spot-check-seed-input').fill(seed)
  await shot(page, 'sc1-draw-dialog')
  const made = page.waitForResponse((r) => r.url().endsWith('/api/v1/duty-spot-checks') && r.request().method() === 'POST')
  await page.locator('[data-testid="spot-check-create-submit"]').click()
  const text = await confirmBox(page)
  check(text.includes('3 家'), `the confirmation should state the number drawn, saw "${text}"`)
  const res = await made
  check(res.status() === 201, `the draw answered ${res.status()}: ${await res.text()}`)
  const round = await res.json()
  roundId = round.id
  const shown = (await page.locator('[data-testid="spot-check-seed"]').textContent()) || ''
  check(shown.trim() === seed, `the dialog should show the seed ${seed}, saw "${shown}"`)
  const drawn = (await page.locator('[data-testid="spot-check-drawn"] li').allTextContents()).map((s) => s.trim())
  check(drawn.length === 3 && drawn.includes('邹城恒安民爆器材有限公司'), `3 drawn including 恒安民爆: ${drawn.join('、')}`)
  // Anyone re-runs it: the shown seed and pool give the same units in the same order.
  const again = drawUnits(round.seed, round.pool_ids, round.count)
  check(JSON.stringify(again) === JSON.stringify(round.items.map((i) => i.unit.id)), `re-run ${again} ≠ drawn ${round.items.map((i) => i.unit.id)}`)
  check(round.reproduced === true, 'the server should report the draw reproduced')
  mbPosition = round.items.find((i) => i.unit.id === mb.id).position
  await shot(page, 'sc1-drawn-with-seed')
  await page.locator('[data-testid="spot-check-open-round"]').click()
  await page.locator('[data-testid="spot-check-round-seed"]').waitFor()
  const verified = (await page.locator('[data-testid="spot-check-reproduced"]').textContent()) || ''
  check(verified.includes('一致'), `the round should say the draw re-runs, saw "${verified}"`)
})

await scenario('sc2: the county records an unanswered call on a 390 px phone', async () => {
  check(roundId > 0, 'no round from sc1')
  const { page } = await newPage(PHONE)
  await login(page, 'zoucheng')
  await page.goto(`${BASE}/emergency/duty-spot-checks/${roundId}`)
  await page.locator(`[data-testid="spot-check-record-${mbPosition}"]`).click()
  const dialog = page.locator('[data-testid="spot-check-call-dialog"]')
  await dialog.waitFor()
  const phone = await field(page, 'spot-check-phone').inputValue()
  check(phone.length > 0, 'the duty phone should be prefilled from the roster')
  await page.locator('[data-testid="spot-check-answered-no"]').click()
  await field(page, 'spot-check-rings').fill('15')
  await field(page, 'spot-check-notes').fill('连续拨打值班电话三次无人接听')
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  check(over <= 1, `the call form scrolls sideways by ${over}px at 390 px`)
  await shot(page, 'sc2-call-form-390')
  const saved = page.waitForResponse((r) => r.url().includes(`/duty-spot-checks/${roundId}/calls`))
  await page.locator('[data-testid="spot-check-call-submit"]').click()
  const res = await saved
  check(res.status() === 201, `the call answered ${res.status()}: ${await res.text()}`)
  const body = await res.json()
  const item = body.items.find((i) => i.position === mbPosition)
  check(item.last_result === 'fail' && item.calls[0].answered === false && item.calls[0].phone === phone, `the unanswered call should fail with the prefilled phone: ${JSON.stringify(item.calls[0])}`)
  findingId = item.finding_id
  const tag = page.locator(`[data-testid="spot-check-unit-${mbPosition}"] [data-testid="spot-check-unit-result"]`)
  check(((await tag.textContent()) || '').includes('不合格'), 'the unit should show 不合格')
  const red = await tag.evaluate((el) => el.classList.contains('el-tag--danger'))
  check(red, '不合格 should be red')
  await shot(page, 'sc2-unanswered-390')
})

await scenario('sc3: the enterprise answers the finding and the county sees it to review', async () => {
  check(findingId > 0, 'no finding from sc2')
  const { page } = await newPage()
  await login(page, 'mb.principal')
  await page.goto(`${BASE}/emergency/duty-spot-check-findings`)
  await page.locator('[data-testid="spot-check-finding-table"]').waitFor()
  await page.locator(`[data-testid="spot-check-finding-open-${findingId}"]`).click()
  await field(page, 'spot-check-answer-text').fill('值班员离岗巡查未带手机，已设置呼叫转移并对当事人批评教育')
  const saved = page.waitForResponse((r) => r.url().includes(`/duty-spot-check-findings/${findingId}/answer`))
  await page.locator('[data-testid="spot-check-answer-submit"]').click()
  const res = await saved
  check(res.status() === 200, `the answer answered ${res.status()}: ${await res.text()}`)
  const state = (await page.locator('[data-testid="spot-check-finding-state-tag"]').textContent()) || ''
  check(state.includes('待审核'), `the finding should await review, saw "${state}"`)
  const history = (await page.locator('[data-testid="spot-check-history"]').textContent()) || ''
  check(history.includes('提交整改说明'), 'the history should hold the answer')
  await shot(page, 'sc3-answered')
  const seen = await apiOk('zoucheng', 'GET', `/duty-spot-check-findings/${findingId}`)
  check(seen.state === 'answered' && seen.can_review === true, `the county should review it: ${seen.state} ${seen.can_review}`)
})
