/** Labels and tag colours of the hidden-danger value lists, loaded once from /hidden-dangers/reference. */
import { ref } from 'vue'
import { getHiddenDangerReference, type HiddenDangerReference, type Option } from '@/api/dual-prevention/hidden-danger'

const reference = ref<HiddenDangerReference | null>(null)
let loading: Promise<void> | null = null

export function loadReference(): Promise<void> {
  if (reference.value) return Promise.resolve()
  loading ??= getHiddenDangerReference()
    .then((r) => {
      reference.value = r
    })
    .catch(() => {
      loading = null
    })
  return loading
}

export function useReference() {
  loadReference()
  return reference
}

export function optionLabel(o: Option | undefined, locale: string, fallback = ''): string {
  if (!o) return fallback
  return locale.startsWith('zh') ? o.label_zh : o.label_en
}

export function labelIn(list: Option[] | undefined, value: string, locale: string): string {
  return optionLabel(list?.find((o) => o.value === value), locale, value)
}

export const STATE_TAG: Record<string, '' | 'success' | 'warning' | 'danger' | 'info' | 'primary'> = {
  reported: 'warning',
  assessed: 'warning',
  rectification_assigned: 'primary',
  rectified: 'primary',
  awaiting_regulator_signoff: 'danger',
  closed: 'success',
  dismissed: 'info',
}

/** Fen → yuan with two decimals, grouped the Chinese way. */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—'
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}
