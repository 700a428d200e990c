/** Sign-in, sign-out, the current session and password change (docs/api.md "Authentication"). */
import type { Schema } from '@/api/core/schema'
import type { User } from '@/api/identity/user'
import { http } from '@/utils/request'

export type LoginResult = Schema<'LoginResponse'>

export type MeResult = Schema<'MeResponse'>

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
