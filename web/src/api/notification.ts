import { http } from '@/utils/request'
import type { ListResult } from '@/types/api'
import type { Notification } from '@/types/notification'

export function getNotificationPage(query: { unread_only?: boolean; page: number; page_size: number }) {
  return http.get<ListResult<Notification>>('/notifications', {
    unread_only: query.unread_only ? 1 : undefined,
    page: query.page,
    page_size: query.page_size,
  })
}

export function getUnreadCount() {
  return http.get<{ unread: number }>('/notifications/unread-count', undefined, { silent: true })
}

export function markNotificationRead(id: number) {
  return http.post<void>(`/notifications/${id}/read`)
}

export function markAllNotificationsRead() {
  return http.post<void>('/notifications/read-all')
}
