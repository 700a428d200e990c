import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import * as authApi from '@/api/identity/auth'
import { setCsrfToken } from '@/utils/request'
import { hasAny } from '@/utils/menu'
import { useDictStore } from './dict'
import { useTagsViewStore } from './tags-view'
import type { LoginResult } from '@/api/identity/auth'
import type { User } from '@/api/identity/user'

export const useUserStore = defineStore('user', () => {
  const user = ref<User | null>(null)
  const mustChangePassword = ref(false)
  const loaded = ref(false)

  const permissions = computed(() => user.value?.permissions ?? [])
  const orgName = computed(() => user.value?.agency?.name || user.value?.enterprise?.name || '')
  /** The enterprise's industry (行业类别); null for accounts of no enterprise. */
  const industry = computed(() => user.value?.enterprise?.industry ?? null)

  function can(...required: string[]): boolean {
    return hasAny(permissions.value, required)
  }

  function hasRole(role: string): boolean {
    return user.value?.roles.includes(role) ?? false
  }

  function applyLogin(res: LoginResult) {
    user.value = res.user
    mustChangePassword.value = res.must_change_password
    setCsrfToken(res.csrf_token)
    loaded.value = true
  }

  async function login(username: string, password: string) {
    const res = await authApi.login(username, password)
    // Regions and agencies are scoped to the user: never show the previous user's.
    useDictStore().reset()
    applyLogin(res)
    return res
  }

  /** Restores the session from the cookie; false when there is none. */
  async function fetchMe(): Promise<boolean> {
    try {
      const res = await authApi.getMe()
      user.value = res.user
      // After a reload the server is the only one who knows: until the password is changed it
      // answers nothing but the password page.
      mustChangePassword.value = !!res.must_change_password
      setCsrfToken(res.csrf_token)
      return true
    } catch {
      user.value = null
      return false
    } finally {
      loaded.value = true
    }
  }

  function clear() {
    // The next account must not see the previous one's open pages.
    useTagsViewStore().clear()
    user.value = null
    mustChangePassword.value = false
    setCsrfToken(null)
  }

  async function logout() {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  return { user, mustChangePassword, loaded, permissions, orgName, industry, can, hasRole, login, fetchMe, clear, logout }
})
