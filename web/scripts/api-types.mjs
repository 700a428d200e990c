// TypeScript types of the HTTP API, generated from docs/openapi.yaml with openapi-typescript.
//   node scripts/api-types.mjs           writes src/api/schema.d.ts        (npm run gen:api)
//   node scripts/api-types.mjs --check   regenerates into a temporary file and fails when it differs
//                                        from the committed src/api/schema.d.ts (npm run check:api,
//                                        part of make test), so the spec and the UI cannot drift apart.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const web = fileURLToPath(new URL('..', import.meta.url))
const spec = join(web, '..', 'docs', 'openapi.yaml')
const target = join(web, 'src', 'api', 'schema.d.ts')

const HEADER = `/**
 * Generated from docs/openapi.yaml by openapi-typescript (npm run gen:api). Do not edit: change the
 * spec and regenerate; npm run check:api (make test) fails while this file and the spec differ.
 */

`

async function generate() {
  const ast = await openapiTS(new URL(`file://${spec}`))
  return HEADER + astToString(ast)
}

const text = await generate()
if (process.argv.includes('--check')) {
  const dir = mkdtempSync(join(tmpdir(), 'anjian-api-types-'))
  const fresh = join(dir, 'schema.d.ts')
  writeFileSync(fresh, text)
  let committed = ''
  try {
    committed = readFileSync(target, 'utf8')
  } catch {
    /* missing: reported below */
  }
  if (committed !== text) {
    const a = committed.split('\n')
    const b = text.split('\n')
    let line = 0
    while (line < Math.max(a.length, b.length) && a[line] === b[line]) line++
    console.error(`api types: src/api/schema.d.ts differs from docs/openapi.yaml (first difference at line ${line + 1}):`)
    console.error(`  committed: ${a[line] ?? '(end of file)'}`)
    console.error(`  from spec: ${b[line] ?? '(end of file)'}`)
    console.error(`  fresh copy kept in ${fresh}; run \`npm run gen:api\` in web/ and commit the result`)
    process.exit(1)
  }
  rmSync(dir, { recursive: true, force: true })
  console.log(`api types: src/api/schema.d.ts matches docs/openapi.yaml (${lineCount(text)} lines)`)
} else {
  writeFileSync(target, text)
  console.log(`api types: wrote src/api/schema.d.ts (${lineCount(text)} lines) from docs/openapi.yaml`)
}

function lineCount(s) {
  return s.split('\n').length
}
