/** The receiving side of notices (收文): read, acknowledge, feedback, forward. */
import type { ListResult, Query } from '@/api/core/common'
import type { Notice, NoticeQuery, NoticeRef, Recipient, RecipientSelection } from '@/api/notices/notice'
import { http } from '@/utils/request'

export interface InboxItem extends Recipient {
  notice: Notice
}

export interface InboxDetail {
  recipient: Recipient
  notice: Notice & { chain?: NoticeRef[] }
}

export interface ForwardForm {
  title?: string
  body?: string
  recipients: RecipientSelection
  send: boolean
}

export function getInboxPage(query: NoticeQuery) {
  return http.get<ListResult<InboxItem>>('/inbox', query as Query)
}

/** Opening a received notice marks it read on the server. */
export function getInboxItem(recipientId: number | string) {
  return http.get<InboxDetail>(`/inbox/${recipientId}`)
}

export function acknowledgeNotice(recipientId: number) {
  return http.post<unknown>(`/inbox/${recipientId}/acknowledge`)
}

export function submitFeedback(recipientId: number, text: string, attachmentIds: number[]) {
  return http.post<unknown>(`/inbox/${recipientId}/feedback`, { text, attachment_ids: attachmentIds }, { silent: true })
}

export function forwardNotice(recipientId: number, data: ForwardForm) {
  return http.post<Notice>(`/inbox/${recipientId}/forward`, data, { silent: true })
}
