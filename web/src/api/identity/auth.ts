/** Sign-in, sign-out, the current session and password change (docs/api.md "Authentication"). */
import type { User } from '@/api/identity/user'
import { http } from '@/utils/request'

export interface LoginResult {
  token: string
  csrf_token: string
  expires_in: number
  must_change_password: boolean
  user: User
}

export interface MeResult {
  user: User
  csrf_token: string
  must_change_password: boolean
}

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
