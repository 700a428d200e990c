/** The operations of docs/openapi.yaml (as the server serves it), read from the file's own layout:
 *  `paths:` at column 0, each path at two spaces, each method at four, and the operation's
 *  `operationId`, `tags: [..]`, `summary` and `x-permission` at six. Enough for a list of
 *  operations by tag; anything else in the file is skipped. */
export interface ApiOperation {
  method: string
  path: string
  operationId: string
  tag: string
  summary: string
  permission: string
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete'])

function scalar(text: string): string {
  const v = text.trim()
  if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) return v.slice(1, -1)
  return v
}

export function parseOperations(yaml: string): ApiOperation[] {
  const out: ApiOperation[] = []
  let inPaths = false
  let path = ''
  let op: ApiOperation | null = null
  for (const raw of yaml.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue
    const indent = raw.length - raw.trimStart().length
    if (indent === 0) {
      inPaths = raw.startsWith('paths:')
      op = null
      continue
    }
    if (!inPaths) continue
    const line = raw.trim()
    if (indent === 2 && line.endsWith(':')) {
      path = scalar(line.slice(0, -1))
      op = null
    } else if (indent === 4) {
      const method = line.replace(/:$/, '')
      op = METHODS.has(method) ? { method: method.toUpperCase(), path, operationId: '', tag: '', summary: '', permission: '' } : null
      if (op) out.push(op)
    } else if (indent === 6 && op) {
      const colon = line.indexOf(':')
      if (colon < 0) continue
      const key = line.slice(0, colon)
      const value = line.slice(colon + 1)
      if (key === 'operationId') op.operationId = scalar(value)
      else if (key === 'summary') op.summary = scalar(value)
      else if (key === 'x-permission') op.permission = scalar(value)
      else if (key === 'tags') op.tag = scalar(value.trim().replace(/^\[/, '').replace(/\]$/, '').split(',')[0] ?? '')
    }
  }
  return out
}

/** Operations grouped by their first tag, groups and operations in file order. */
export function groupByTag(ops: ApiOperation[]): { tag: string; operations: ApiOperation[] }[] {
  const groups = new Map<string, ApiOperation[]>()
  for (const op of ops) {
    const list = groups.get(op.tag) ?? []
    list.push(op)
    groups.set(op.tag, list)
  }
  return [...groups.entries()].map(([tag, operations]) => ({ tag, operations }))
}
