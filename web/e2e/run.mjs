// Browser end-to-end checks of the anjian web UI against a running server with demo data.
// Usage: ANJIAN_URL=http://127.0.0.1:8080 node e2e/run.mjs [filter]   (CHROMIUM overrides /usr/bin/chromium)
// Runs every scenarios/*.mjs in name order (each area owns its own file); a filter argument keeps
// only the files whose name contains it.
import { readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { SHOTS, browser, consoleErrors, results } from './lib.mjs'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'scenarios')
const filter = process.argv[2] || ''
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs') && f.includes(filter)).sort()) {
  await import(pathToFileURL(join(dir, file)).href)
}

await browser.close()
// The screenshot review step: one page listing every screenshot (failures first), to look at after make test.
const pngs = readdirSync(SHOTS).filter((f) => f.endsWith('.png')).sort((a, b) => Number(b.startsWith('FAIL')) - Number(a.startsWith('FAIL')) || a.localeCompare(b))
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
writeFileSync(join(SHOTS, 'index.html'), `<!doctype html><meta charset="utf-8"><title>anjian e2e screenshots</title>
<style>body{font-family:sans-serif;margin:16px}figure{display:inline-block;margin:8px;vertical-align:top}img{max-width:420px;max-height:320px;border:1px solid #ccc}figcaption{font-size:12px}.fail{color:#c00}</style>
<h1>e2e screenshots (${pngs.length})</h1><p>${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length} failed</p>
${pngs.map((f) => `<figure><a href="${esc(f)}"><img src="${esc(f)}" loading="lazy"></a><figcaption class="${f.startsWith('FAIL') ? 'fail' : ''}">${esc(f)}</figcaption></figure>`).join('\n')}
`)
console.log(`screenshots: ${join(SHOTS, 'index.html')}`)
if (consoleErrors.length) console.log(`page errors:\n  ${consoleErrors.slice(0, 10).join('\n  ')}`)
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
