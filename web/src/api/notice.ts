import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { Notice, NoticeDetail, NoticeForm, NoticeQuery } from '@/types/notice'

/** XLSX of one notice's recipient status table. */
export function noticeRecipientsExportUrl(id: number): string {
  return `/notices/${id}/recipients/export`
}

export function getNoticePage(query: NoticeQuery) {
  return http.get<ListResult<Notice>>('/notices', query as Query)
}

export function getNotice(id: number | string) {
  return http.get<NoticeDetail>(`/notices/${id}`)
}

export function createNotice(data: NoticeForm) {
  return http.post<Notice>('/notices', data, { silent: true })
}

export function updateNotice(id: number, data: NoticeForm) {
  return http.put<Notice>(`/notices/${id}`, data, { silent: true })
}

export function sendNotice(id: number) {
  return http.post<Notice>(`/notices/${id}/send`)
}

export function remindRecipients(id: number, recipientIds: number[]) {
  return http.post<{ reminded: number }>(`/notices/${id}/remind`, { recipient_ids: recipientIds })
}
