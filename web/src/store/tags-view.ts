import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

/** A page opened in this session, as the tags-view (tabs of open pages) shows it. */
export interface VisitedPage {
  path: string
  fullPath: string
  titleKey: string
}

const MAX = 12
const KEY = 'anjian.tags-view'

// The tabs survive a reload of the tab (sessionStorage), not the session's end (clear at sign-out).
function restore(): VisitedPage[] {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) || '[]')
    return Array.isArray(v) ? v.filter((p) => p && typeof p.path === 'string' && typeof p.fullPath === 'string' && typeof p.titleKey === 'string') : []
  } catch {
    return []
  }
}

/** Tabs of open pages (tags-view): pages visited in this session, the home page always first. */
export const useTagsViewStore = defineStore('tags-view', () => {
  const visited = ref<VisitedPage[]>(typeof sessionStorage === 'undefined' ? [] : restore())
  watch(visited, (v) => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(v))
    } catch {
      /* storage full or unavailable: tabs live in memory only */
    }
  }, { deep: true })

  function visit(page: VisitedPage) {
    const at = visited.value.findIndex((v) => v.path === page.path)
    if (at >= 0) visited.value[at] = page
    else {
      visited.value.push(page)
      // Keep the home page and the newest ones.
      while (visited.value.length > MAX) visited.value.splice(visited.value.findIndex((v) => v.path !== '/'), 1)
    }
  }

  /** Closes a tab; returns where to go when it was the current page (the neighbour, or home). */
  function close(path: string, current: string): string | null {
    const at = visited.value.findIndex((v) => v.path === path)
    if (at < 0) return null
    visited.value.splice(at, 1)
    if (path !== current) return null
    const next = visited.value[Math.min(at, visited.value.length - 1)]
    return next ? next.fullPath : '/'
  }

  function clear() {
    visited.value = []
  }

  return { visited, visit, close, clear }
})
