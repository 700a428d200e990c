import { describe, expect, it } from 'vitest'
import { codeTree } from './risk-labels'

describe('codeTree (GB/T 13861 cascader)', () => {
  const list = [
    { value: '2', label_zh: '物的因素', label_en: 'Material factors' },
    { value: '21', label_zh: '物理性危险和有害因素', label_en: 'Physical', parent: '2' },
    { value: '2103', label_zh: '电伤害', label_en: 'Electrical hazard', parent: '21' },
    { value: '210303', label_zh: '静电和杂散电流', label_en: '', parent: '2103' },
    { value: '4', label_zh: '管理因素', label_en: 'Management factors' },
  ]
  it('nests the four levels under their parents, labelled with the code', () => {
    const tree = codeTree(list, 'zh-CN')
    expect(tree.map((n) => n.value)).toEqual(['2', '4'])
    expect(tree[0].children?.[0].children?.[0].children?.[0]).toEqual({ value: '210303', label: '210303 静电和杂散电流' })
    expect(tree[1].children).toBeUndefined()
  })
  it('falls back to the Chinese name where an English one is missing', () => {
    const tree = codeTree(list, 'en')
    expect(tree[0].label).toBe('2 Material factors')
    expect(tree[0].children?.[0].children?.[0].children?.[0].label).toBe('210303 静电和杂散电流')
  })
})
