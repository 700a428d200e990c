import type { Region } from '@/api/registry/reference'

export interface RegionNode {
  [key: string]: unknown
  value: string
  label: string
  kind: string
  children?: RegionNode[]
}

/** Builds cascader options from the flat region list; regions whose parent is not visible become roots. */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>()
  for (const r of regions) nodes.set(r.code, { value: r.code, label: r.name, kind: r.kind })
  const roots: RegionNode[] = []
  for (const r of regions) {
    const node = nodes.get(r.code)!
    const parent = r.parent_code ? nodes.get(r.parent_code) : undefined
    if (parent) (parent.children ||= []).push(node)
    else roots.push(node)
  }
  return roots
}

/** The codes from a root down to `code`, as el-cascader wants for its value. */
export function regionPath(regions: readonly Region[], code: string | null | undefined): string[] {
  if (!code) return []
  const byCode = new Map(regions.map((r) => [r.code, r]))
  const path: string[] = []
  let cur = byCode.get(code)
  const seen = new Set<string>()
  while (cur && !seen.has(cur.code)) {
    seen.add(cur.code)
    path.unshift(cur.code)
    cur = cur.parent_code ? byCode.get(cur.parent_code) : undefined
  }
  return path.length ? path : [code]
}

export type JurisdictionLevel = 'ministry' | 'province' | 'city' | 'county'

/** The supervision level of a region code (issue 16): 000000 the country root — the ministry
 *  (国家/部级); xx0000 a province; xxxx00 a city; a county or a functional zone (370800Z1) below. */
export function jurisdictionLevel(code: string): JurisdictionLevel {
  if (code === '000000') return 'ministry'
  if (/^\d{2}0000$/.test(code)) return 'province'
  if (/^\d{4}00$/.test(code)) return 'city'
  return 'county'
}
