import { http } from '@/utils/request'
import type { LoginResult, MeResult } from '@/types/user'

export function login(username: string, password: string) {
  return http.post<LoginResult>('/auth/login', { username, password }, { silent: true, skipAuthRedirect: true })
}

export function logout() {
  return http.post<void>('/auth/logout', undefined, { silent: true, skipAuthRedirect: true })
}

export function getMe() {
  return http.get<MeResult>('/auth/me', undefined, { silent: true, skipAuthRedirect: true })
}

export function changePassword(old_password: string, new_password: string) {
  return http.post<void>('/auth/password', { old_password, new_password }, { silent: true })
}
