import { defineStore } from 'pinia'
import { ref } from 'vue'
import { getUnreadCount, type Notification, type NotificationPush } from '@/api/notifications/notification'
import { nextBackoff, wsUrl } from '@/utils/ws'

const POLL_MS = 60_000

/**
 * The unread count of the bell: pushed over the WebSocket `/api/v1/ws` (reconnecting with
 * back-off) and polled every 60 s while the socket is down.
 */
export const useNotificationStore = defineStore('notification', () => {
  const unread = ref(0)
  const connected = ref(false)
  const lastPushed = ref<Notification | null>(null)
  let socket: WebSocket | null = null
  let retryTimer: ReturnType<typeof setTimeout> | null = null
  let pollTimer: ReturnType<typeof setInterval> | null = null
  let delay = 0
  let active = false
  const listeners = new Set<(n: Notification) => void>()

  async function refresh() {
    try {
      unread.value = (await getUnreadCount()).unread
    } catch {
      /* the next poll or push will correct it */
    }
  }

  function onPush(fn: (n: Notification) => void) {
    listeners.add(fn)
    return () => listeners.delete(fn)
  }

  function connect() {
    if (!active || typeof WebSocket === 'undefined') return
    try {
      socket = new WebSocket(wsUrl(location))
    } catch {
      scheduleReconnect()
      return
    }
    socket.onopen = () => {
      connected.value = true
      delay = 0
      refresh()
    }
    socket.onmessage = (ev) => {
      let msg: NotificationPush
      try {
        msg = JSON.parse(String(ev.data))
      } catch {
        return
      }
      if (msg.type !== 'notification') return
      if (typeof msg.unread === 'number') unread.value = msg.unread
      else unread.value += 1
      lastPushed.value = msg.notification
      listeners.forEach((fn) => fn(msg.notification))
    }
    socket.onclose = () => {
      connected.value = false
      socket = null
      scheduleReconnect()
    }
    socket.onerror = () => socket?.close()
  }

  function scheduleReconnect() {
    if (!active || retryTimer) return
    delay = nextBackoff(delay)
    retryTimer = setTimeout(() => {
      retryTimer = null
      connect()
    }, delay)
  }

  function start() {
    if (active) return
    active = true
    refresh()
    connect()
    pollTimer = setInterval(() => {
      if (!connected.value) refresh()
    }, POLL_MS)
  }

  function stop() {
    active = false
    if (retryTimer) clearTimeout(retryTimer)
    if (pollTimer) clearInterval(pollTimer)
    retryTimer = pollTimer = null
    socket?.close()
    socket = null
    connected.value = false
    unread.value = 0
  }

  return { unread, connected, lastPushed, refresh, start, stop, onPush }
})
