// Browser end-to-end checks of the anjian web UI against a running server with demo data.
// Usage: ANJIAN_URL=http://127.0.0.1:8080 node e2e/run.mjs [filter]   (CHROMIUM overrides /usr/bin/chromium)
// Runs every scenarios/*.mjs in name order (each area owns its own file); a filter argument keeps
// only the files whose name contains it.
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { browser, consoleErrors, results } from './lib.mjs'

const dir = join(dirname(fileURLToPath(import.meta.url)), 'scenarios')
const filter = process.argv[2] || ''
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs') && f.includes(filter)).sort()) {
  await import(pathToFileURL(join(dir, file)).href)
}

await browser.close()
if (consoleErrors.length) console.log(`page errors:\n  ${consoleErrors.slice(0, 10).join('\n  ')}`)
const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
