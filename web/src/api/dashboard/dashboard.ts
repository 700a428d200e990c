/** The dashboard (首页概览): counts and to-do lists of the signed-in user. */
import type { HiddenDangerDashboard } from '@/api/dual-prevention/hidden-danger'
import { http } from '@/utils/request'

export interface DashboardCounts {
  enterprises: number
  active_enterprises: number
  supervision: number
  industry_management: number
  notices_sent_30d: number
  inbox_pending: number
}

export interface NoticeAwaiting {
  notice_id: number
  title: string
  pending: number
  overdue: number
  feedback_deadline: string | null
}

export interface InboxPendingItem {
  recipient_id?: number
  id?: number
  title?: string
  notice?: { id: number; title: string; feedback_deadline?: string | null }
  notice_title?: string
  status?: string
  feedback_deadline?: string | null
  sender_agency?: { name: string } | string | null
}

export interface Dashboard {
  counts: DashboardCounts
  enterprises_by_region: { region_code: string; name: string; count: number }[]
  enterprises_by_industry: { industry: string; count: number }[]
  notices_awaiting: NoticeAwaiting[]
  inbox_pending: InboxPendingItem[]
  hidden_dangers?: HiddenDangerDashboard
  missed_daily_inspections?: MissedDailyInspections
}

export interface MissedDailyInspections {
  date: string
  count: number
  items: { enterprise_id: number; enterprise_name: string; region_code: string }[]
}

export function getDashboard() {
  return http.get<Dashboard>('/dashboard')
}
