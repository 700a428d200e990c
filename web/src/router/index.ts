import { createRouter, createWebHistory } from 'vue-router'
import { routes } from './routes'
import { MENU } from './menu'
import { filterMenu, firstPath, fitsIndustry, hasAny } from '@/utils/menu'
import { useUserStore } from '@/store/user'
import { i18n } from '@/locales'

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

/** Where a signed-in user lands: the dashboard, or the first page the menu offers them. */
export function homePath(permissions: readonly string[], industry?: string | null): string {
  return firstPath(filterMenu(MENU, permissions, industry)) || '/notifications'
}

router.beforeEach(async (to) => {
  const store = useUserStore()
  if (!store.loaded) await store.fetchMe()
  if (to.meta.public) {
    if (to.name === 'login' && store.user && !store.mustChangePassword) return homePath(store.permissions, store.industry)
    return true
  }
  if (!store.user) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  if (store.mustChangePassword && to.name !== 'password') return { name: 'password' }
  if (!hasAny(store.permissions, to.meta.permissions)) {
    if (to.name === 'dashboard') return homePath(store.permissions, store.industry)
    return { name: 'forbidden' }
  }
  if (!fitsIndustry(store.industry, to.meta.industries)) return { name: 'forbidden' }
  return true
})

router.afterEach((to) => {
  const t = i18n.global.t
  const page = to.meta.titleKey ? t(to.meta.titleKey) : ''
  document.title = page ? `${page} · ${t('app.shortTitle')}` : t('app.title')
})
