import { describe, expect, it } from 'vitest'

// Issue 12, "a column chooser on lists": every paginated list page (a table numbered by
// useTable().rowNumber) offers the chooser, so a list added later cannot forget it.
const views = import.meta.glob<string>('../views/**/*.vue', { eager: true, query: '?raw', import: 'default' })

describe('column chooser coverage', () => {
  it('every numbered list page has the column chooser and chooser-aware columns', () => {
    const lists = Object.entries(views).filter(([, src]) => src.includes(':index="table.rowNumber"'))
    expect(lists.length).toBeGreaterThan(15)
    const missing = lists
      .filter(([, src]) => !src.includes('<column-chooser') || !src.includes('provideColumns(') || !src.includes('<list-column'))
      .map(([file]) => file)
    expect(missing).toEqual([])
  })
})
