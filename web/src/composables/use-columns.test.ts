import { describe, expect, it } from 'vitest'
import { columnsStorageKey, createColumnChooser, type StorageLike } from './use-columns'

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) }
}

describe('column chooser', () => {
  it('hides and shows columns, saved per user per list', () => {
    const store = memory()
    const c = createColumnChooser('hidden-dangers', 7, store)
    for (const key of ['number', 'title', 'owner']) c.register({ key, label: key })
    c.register({ key: 'title', label: 'title' }) // registered once
    expect(c.columns.value.map((x) => x.key)).toEqual(['number', 'title', 'owner'])
    c.setVisible('owner', false)
    expect(c.visible('owner')).toBe(false)
    expect(store.data.get(columnsStorageKey(7, 'hidden-dangers'))).toBe('["owner"]')
    // Another list and another user keep their own choice.
    expect(createColumnChooser('enterprises', 7, store).hidden.value).toEqual([])
    expect(createColumnChooser('hidden-dangers', 8, store).hidden.value).toEqual([])
    // The same user and list next time: still hidden.
    expect(createColumnChooser('hidden-dangers', 7, store).visible('owner')).toBe(false)
    c.setVisible('owner', true)
    expect(c.visible('owner')).toBe(true)
    expect(store.data.has(columnsStorageKey(7, 'hidden-dangers'))).toBe(false)
  })

  it('keeps at least one column and resets to all', () => {
    const store = memory()
    const c = createColumnChooser('x', 1, store)
    c.register({ key: 'a', label: 'A' })
    c.register({ key: 'b', label: 'B' })
    c.setVisible('a', false)
    c.setVisible('b', false) // the last one stays
    expect(c.visible('b')).toBe(true)
    c.reset()
    expect(c.hidden.value).toEqual([])
  })

  it('ignores a damaged saved entry and works without storage', () => {
    const store = memory()
    store.setItem(columnsStorageKey(1, 'x'), '{not json')
    expect(createColumnChooser('x', 1, store).hidden.value).toEqual([])
    const bare = createColumnChooser('x', 1, null)
    bare.register({ key: 'a', label: 'A' })
    bare.register({ key: 'b', label: 'B' })
    bare.setVisible('a', false)
    expect(bare.visible('a')).toBe(false)
  })
})
