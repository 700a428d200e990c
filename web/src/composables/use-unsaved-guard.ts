/**
 * Guards a form with unsaved input (scanned codes, typed text): leaving by a route change asks
 * first, stating what would be lost; closing or reloading the tab triggers the browser's own
 * prompt. `saved()` lifts the guard (after a successful submit, before navigating away).
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'
import { ElMessageBox } from 'element-plus'
import { i18n } from '@/locales'

export interface UnsavedGuard {
  saved: () => void
}

/** `describe` says what is unsaved ('' when nothing is): "已扫描 12 个编码". */
export function useUnsavedGuard(describe: () => string): UnsavedGuard {
  let done = false
  const pending = () => (done ? '' : describe())
  const onUnload = (e: BeforeUnloadEvent) => {
    if (!pending()) return
    e.preventDefault()
    e.returnValue = ''
  }
  onMounted(() => window.addEventListener('beforeunload', onUnload))
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onUnload))
  onBeforeRouteLeave(async () => {
    const what = pending()
    if (!what) return true
    const t = i18n.global.t
    try {
      await ElMessageBox.confirm(t('unsaved.message', { what }), t('unsaved.title'), {
        type: 'warning',
        confirmButtonText: t('unsaved.leave'),
        cancelButtonText: t('unsaved.stay'),
        customClass: 'unsaved-guard',
        closeOnClickModal: false,
      })
      return true
    } catch {
      return false
    }
  })
  return { saved: () => (done = true) }
}
