/** In-app notifications. (zh-CN) */
export default {
  notification: { unreadOnly: '只看未读', unreadN: '未读 {n} 条', markRead: '标为已读', markAllRead: '全部标为已读', empty: '暂无消息' },
}
