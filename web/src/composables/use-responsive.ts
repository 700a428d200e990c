import { onBeforeUnmount, onMounted, ref } from 'vue'

export const MOBILE_QUERY = '(max-width: 768px)'

/** `isMobile` follows the viewport: phone widths get the drawer menu, card lists and one-column forms. */
export function useResponsive() {
  const isMobile = ref(typeof window !== 'undefined' && window.matchMedia(MOBILE_QUERY).matches)
  let mql: MediaQueryList | null = null
  const update = (e: MediaQueryListEvent | MediaQueryList) => {
    isMobile.value = e.matches
  }
  onMounted(() => {
    mql = window.matchMedia(MOBILE_QUERY)
    update(mql)
    mql.addEventListener('change', update)
  })
  onBeforeUnmount(() => mql?.removeEventListener('change', update))
  return { isMobile }
}
