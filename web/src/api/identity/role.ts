/** Roles and their permissions (角色权限). */
import { http } from '@/utils/request'

export interface Role {
  code: string
  label_zh: string
  label_en: string
  /** Who may hold it: system administrators, agency staff or enterprise staff. */
  scope?: 'system' | 'regulator' | 'enterprise'
  permissions: string[]
}

export async function getRoles(): Promise<Role[]> {
  const res = await http.get<Role[] | { items: Role[] }>('/roles')
  return Array.isArray(res) ? res : res.items
}

export function setRolePermissions(code: string, permissions: string[]) {
  return http.put<Role>(`/roles/${code}/permissions`, { permissions })
}

export interface PermissionDef {
  code: string
  label_zh: string
  label_en: string
  /** The roles that may hold it under three-admin separation. */
  holders: string[]
  /** Held by administrators only (user:manage, role:manage, audit:read, ...). */
  administrative: boolean
}

export async function getPermissions(): Promise<PermissionDef[]> {
  const res = await http.get<PermissionDef[] | { items: PermissionDef[] }>('/permissions')
  return Array.isArray(res) ? res : res.items
}
