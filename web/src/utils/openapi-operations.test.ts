import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { groupByTag, parseOperations } from './openapi-operations'

describe('parseOperations', () => {
  it('reads methods, tags, summaries and permissions', () => {
    const yaml = [
      'openapi: 3.0.3',
      'paths:',
      '  /api/v1/regions/{code}:',
      '    parameters: []',
      '    put:',
      '      operationId: updateZone',
      '      tags: [reference]',
      '      summary: Rename a zone',
      '      x-permission: "org:manage"',
      '      responses:',
      '        \'200\':',
      '          description: ok',
      '    get:',
      '      tags: [reference, other]',
      'components:',
      '  schemas: {}',
    ].join('\n')
    const ops = parseOperations(yaml)
    expect(ops).toEqual([
      { method: 'PUT', path: '/api/v1/regions/{code}', operationId: 'updateZone', tag: 'reference', summary: 'Rename a zone', permission: 'org:manage' },
      { method: 'GET', path: '/api/v1/regions/{code}', operationId: '', tag: 'reference', summary: '', permission: '' },
    ])
    expect(groupByTag(ops).map((g) => [g.tag, g.operations.length])).toEqual([['reference', 2]])
  })

  it('finds every operation of docs/openapi.yaml, each with a tag and a summary', () => {
    const yaml = readFileSync(new URL('../../../docs/openapi.yaml', import.meta.url), 'utf8')
    const ops = parseOperations(yaml)
    const declared = (yaml.match(/^ {6}operationId: /gm) ?? []).length
    expect(ops.length).toBe(declared)
    expect(ops.length).toBeGreaterThan(100)
    for (const op of ops) {
      expect(op.tag, `${op.method} ${op.path}`).not.toBe('')
      expect(op.summary, `${op.method} ${op.path}`).not.toBe('')
    }
    expect(ops.some((o) => o.method === 'POST' && o.path === '/api/v1/regions/zones')).toBe(true)
  })
})
