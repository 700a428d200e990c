/**
 * The column chooser's state for one list (issue 12): which columns the user has hidden, saved per
 * user per list in localStorage. The page calls `provideColumns('<list>')`; each `<list-column>`
 * registers itself (in template order) and shows only while visible; `<column-chooser>` lists them.
 * 序号, selection and action columns are `pinned`: always shown, never listed.
 */
import { inject, provide, ref, type InjectionKey, type Ref } from 'vue'
import { useUserStore } from '@/store/user'

export interface ChooserColumn {
  key: string
  label: string
}
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface ColumnChooser {
  columns: Ref<ChooserColumn[]>
  hidden: Ref<string[]>
  register(c: ChooserColumn): void
  unregister(key: string): void
  visible(key: string): boolean
  setVisible(key: string, on: boolean): void
  reset(): void
}

export const COLUMNS_KEY: InjectionKey<ColumnChooser> = Symbol('columns')

/** Where the choice is kept: one entry per user and list. */
export function columnsStorageKey(userId: number | string | null | undefined, list: string): string {
  return `anjian.columns.${userId ?? 'anonymous'}.${list}`
}

function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function createColumnChooser(list: string, userId: number | string | null | undefined, storage: StorageLike | null = browserStorage()): ColumnChooser {
  const key = columnsStorageKey(userId, list)
  const columns = ref<ChooserColumn[]>([])
  const hidden = ref<string[]>([])
  try {
    const saved = JSON.parse(storage?.getItem(key) || '[]')
    if (Array.isArray(saved)) hidden.value = saved.filter((s): s is string => typeof s === 'string')
  } catch {
    /* a damaged entry counts as none */
  }
  function save() {
    if (!storage) return
    if (hidden.value.length) storage.setItem(key, JSON.stringify(hidden.value))
    else storage.removeItem(key)
  }
  return {
    columns,
    hidden,
    register(c) {
      if (!columns.value.some((x) => x.key === c.key)) columns.value.push(c)
    },
    unregister(k) {
      columns.value = columns.value.filter((x) => x.key !== k)
    },
    visible: (k) => !hidden.value.includes(k),
    setVisible(k, on) {
      if (on) hidden.value = hidden.value.filter((x) => x !== k)
      else {
        // At least one listed column stays.
        const shown = columns.value.filter((c) => !hidden.value.includes(c.key) && c.key !== k)
        if (!shown.length || hidden.value.includes(k)) return
        hidden.value = [...hidden.value, k]
      }
      save()
    },
    reset() {
      hidden.value = []
      save()
    },
  }
}

/** For a list page: the chooser of `list` for the signed-in user, provided to its columns and button. */
export function provideColumns(list: string): ColumnChooser {
  const user = useUserStore()
  const chooser = createColumnChooser(list, user.user?.id)
  provide(COLUMNS_KEY, chooser)
  return chooser
}

export function injectColumns(): ColumnChooser | null {
  return inject(COLUMNS_KEY, null)
}
