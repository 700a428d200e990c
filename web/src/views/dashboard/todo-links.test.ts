import { describe, expect, it } from 'vitest'
import { TODO_LINKS, sortTodo } from './todo-links'
import { routes } from '@/router/routes'
import { namedRoutes } from '@/utils/menu'
import type { TodoItem } from '@/api/dashboard/todo'

describe('to-do items', () => {
  it('lead to pages that exist', () => {
    const paths = new Set([...namedRoutes(routes).values()].map((r) => r.path))
    for (const [key, to] of Object.entries(TODO_LINKS)) {
      const path = typeof to === 'string' ? to : (to as { path: string }).path
      expect(paths.has(path), key).toBe(true)
    }
  })

  it('put the items with work first, keeping the server’s order of urgency', () => {
    const items: TodoItem[] = [
      { key: 'loss_incidents_open', count: 0, overdue: 0 },
      { key: 'major_hidden_dangers_overdue', count: 3, overdue: 3 },
      { key: 'inbox_pending', count: 1, overdue: 0 },
    ]
    expect(sortTodo(items).map((i) => i.key)).toEqual(['major_hidden_dangers_overdue', 'inbox_pending', 'loss_incidents_open'])
  })
})
