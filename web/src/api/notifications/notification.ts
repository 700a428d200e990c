/** In-app notifications (站内通知), pushed over the WebSocket. */
import type { Schema } from '@/api/core/schema'
import type { ListResult } from '@/api/core/common'
import { http } from '@/utils/request'

export type Notification = Schema<'Notification'>

export interface NotificationPush {
  type: 'notification'
  notification: Notification
  unread: number
}

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
