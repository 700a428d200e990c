/** Notices (通知) sent down the hierarchy, with their recipients' status. */
import type { Schema } from '@/api/core/schema'
import type { ListResult, PageQuery, Query } from '@/api/core/common'
import type { StoredFile } from '@/api/files/file'
import { http } from '@/utils/request'

export type NoticeStats = Schema<'NoticeStats'>

export type RecipientStatus = 'unread' | 'read' | 'acknowledged' | 'feedback_submitted' | 'overdue'

export type Recipient = Schema<'Recipient'>

export interface NoticeRef {
  id: number
  title: string
  sender_agency?: { id: number; name: string } | null
  status?: string
  sent_at?: string | null
  stats?: NoticeStats
}

export interface Notice {
  id: number
  title: string
  body: string
  required_actions: string
  /** 文号 ("" when none). */
  document_number: string
  /** 紧急程度 (GB/T 9704): 平件, 加急, 特急. */
  urgency: NoticeUrgency
  feedback_deadline: string | null
  status: 'draft' | 'sent'
  sender_agency: { id: number; name: string } | null
  sender_user: { id: number; display_name: string } | null
  parent_notice_id: number | null
  created_at: string
  sent_at: string | null
  attachments: StoredFile[]
  stats: NoticeStats
}

export interface NoticeDetail extends Notice {
  /** The selection the sender made (kept for drafts), as sent in `recipients` on create/update. */
  recipient_selection?: Partial<RecipientSelection> | null
  recipients: Recipient[]
  chain: NoticeRef[]
  children: NoticeRef[]
}

export interface RecipientSelection {
  agency_ids: number[]
  enterprise_ids: number[]
  region_codes: string[]
  industries: string[]
  include_agencies?: boolean
}

export type NoticeUrgency = 'normal' | 'urgent' | 'extra_urgent'
export const NOTICE_URGENCIES: NoticeUrgency[] = ['normal', 'urgent', 'extra_urgent']

export interface NoticeForm {
  title: string
  body: string
  required_actions: string
  document_number: string
  urgency: NoticeUrgency
  feedback_deadline: string | null
  attachment_ids: number[]
  recipients: RecipientSelection
}

export interface NoticeQuery extends PageQuery {
  status?: string
  q?: string
}

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
