/** Accounts (用户管理) under three-admin separation. */
import type { Schema } from '@/api/core/schema'
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export type OrgRef = Schema<'OrgRef'>

export interface RegionRef {
  code: string
  name: string
  kind: string
}

export interface User {
  id: number
  username: string
  display_name: string
  phone?: string
  email?: string
  roles: string[]
  permissions: string[]
  agency: OrgRef | null
  enterprise: OrgRef | null
  region: RegionRef | null
  status: 'active' | 'disabled'
}

export interface UserForm {
  username?: string
  display_name: string
  phone?: string
  email?: string
  password?: string
  agency_id?: number | null
  enterprise_id?: number | null
}

export const USER_EXPORT_URL = '/users/export'

export interface UserQuery {
  q?: string
  role?: string
  status?: string
  page: number
  page_size: number
}

export function getUserPage(query: UserQuery) {
  return http.get<ListResult<User>>('/users', query as unknown as Query)
}

export function createUser(data: UserForm) {
  return http.post<User>('/users', data, { silent: true })
}

export function updateUser(id: number, data: UserForm) {
  return http.put<User>(`/users/${id}`, data, { silent: true })
}

export function disableUser(id: number) {
  return http.post<User>(`/users/${id}/disable`)
}

export function enableUser(id: number) {
  return http.post<User>(`/users/${id}/enable`)
}

export function resetUserPassword(id: number, password: string) {
  return http.post<void>(`/users/${id}/reset-password`, { password })
}

export function setUserRoles(id: number, roles: string[]) {
  return http.put<User>(`/users/${id}/roles`, { roles }, { silent: true })
}
