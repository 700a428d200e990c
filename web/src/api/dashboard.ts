import { http } from '@/utils/request'
import type { Dashboard } from '@/types/dashboard'

export function getDashboard() {
  return http.get<Dashboard>('/dashboard')
}
