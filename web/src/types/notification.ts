export interface Notification {
  id: number
  kind: string
  title: string
  body: string
  link: string | null
  created_at: string
  read_at: string | null
}

export interface NotificationPush {
  type: 'notification'
  notification: Notification
  unread: number
}
