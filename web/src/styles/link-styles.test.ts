import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'

const mainCss = readFileSync(new URL('./main.css', import.meta.url), 'utf8')

// Issue 12, "consistent link styles": one rule in main.css styles every "open detail" link of a
// list (a router-link in a table cell, a card's .title-link); pages must not restyle it.
const views = import.meta.glob<string>(['../views/**/*.vue', '../components/**/*.vue'], { eager: true, query: '?raw', import: 'default' })

describe('link styles', () => {
  it('main.css styles table links and card titles once', () => {
    expect(mainCss).toContain('.el-table .cell a:not(.el-button)')
    expect(mainCss).toMatch(/\.title-link \{ color: var\(--el-color-primary\)/)
  })

  it('no page restyles the list link itself', () => {
    expect(Object.values(views).filter((src) => src.includes('<template>')).length).toBeGreaterThan(50)
    const styled = Object.entries(views)
      .filter(([, src]) => /<style[^>]*>[\s\S]*\.title-link\s*\{[\s\S]*<\/style>/.test(src))
      .map(([file]) => file)
    expect(styled).toEqual([])
  })
})
