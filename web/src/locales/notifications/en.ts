/** In-app notifications. (en) */
export default {
  notification: {
    unreadOnly: 'Unread only',
    unreadN: '{n} unread',
    markRead: 'Mark read',
    markAllRead: 'Mark all read',
    empty: 'No notifications',
  },
}
