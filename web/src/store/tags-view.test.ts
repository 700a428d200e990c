import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useTagsViewStore } from './tags-view'

describe('tags-view', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('keeps one tab per page and moves to the neighbour when the current one closes', () => {
    const s = useTagsViewStore()
    s.visit({ path: '/', fullPath: '/', titleKey: 'menu.dashboard' })
    s.visit({ path: '/hidden-dangers', fullPath: '/hidden-dangers', titleKey: 'hiddenDanger.menu.list' })
    s.visit({ path: '/hidden-dangers', fullPath: '/hidden-dangers?level=major', titleKey: 'hiddenDanger.menu.list' })
    s.visit({ path: '/inbox', fullPath: '/inbox', titleKey: 'menu.inbox' })
    expect(s.visited.map((v) => v.fullPath)).toEqual(['/', '/hidden-dangers?level=major', '/inbox'])
    expect(s.close('/hidden-dangers', '/inbox')).toBeNull()
    expect(s.close('/inbox', '/inbox')).toBe('/')
  })

  it('keeps the home page when the tabs overflow', () => {
    const s = useTagsViewStore()
    s.visit({ path: '/', fullPath: '/', titleKey: 'menu.dashboard' })
    for (let i = 0; i < 20; i++) s.visit({ path: `/p${i}`, fullPath: `/p${i}`, titleKey: 'x' })
    expect(s.visited[0].path).toBe('/')
    expect(s.visited.length).toBe(12)
    expect(s.visited[11].path).toBe('/p19')
  })
})
