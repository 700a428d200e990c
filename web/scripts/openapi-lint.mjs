// Validates docs/openapi.yaml as standard tools read it (Swagger UI, Postman, Apifox import it):
// Redocly's OpenAPI 3 validator (@redocly/openapi-core, the parser openapi-typescript uses) with
// its `struct` rule (every object has the shape OpenAPI 3.0 defines) and unresolved $refs as
// errors. The YAML is parsed strictly: a duplicated mapping key (an unquoted comma inside a flow
// mapping) fails. Warnings are printed, errors fail.   npm run lint:api   (part of make test)
import { createConfig, getTotals, lint } from '@redocly/openapi-core'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

const spec = join(fileURLToPath(new URL('..', import.meta.url)), '..', 'docs', 'openapi.yaml')
const config = await createConfig({
  extends: ['minimal'],
  rules: { struct: 'error', 'no-unresolved-refs': 'error', 'spec-components-invalid-map-name': 'error' },
})
let problems
try {
  problems = await lint({ ref: spec, config })
} catch (e) {
  console.error(`openapi lint: ${spec} is not valid YAML: ${e.message}`)
  process.exit(1)
}
for (const p of problems) {
  const where = p.location?.[0]?.pointer ?? ''
  console.log(`${p.severity === 'error' ? 'error' : 'warning'} ${p.ruleId}: ${p.message} ${where}`)
}
const totals = getTotals(problems)
console.log(`openapi lint: ${totals.errors} errors, ${totals.warnings} warnings in docs/openapi.yaml`)
process.exit(totals.errors ? 1 : 0)
