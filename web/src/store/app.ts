import { defineStore } from 'pinia'
import { ref } from 'vue'
import { currentLocale, setLocale, type AppLocale } from '@/locales'

export const useAppStore = defineStore('app', () => {
  const locale = ref<AppLocale>(currentLocale())
  const drawerOpen = ref(false)

  function switchLocale(next: AppLocale) {
    setLocale(next)
    locale.value = next
  }

  return { locale, drawerOpen, switchLocale }
})
