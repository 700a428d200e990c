/** 日清月结 (daily close): the day's or month's summary of a magazine and the 日清 signature. */
import { http } from '@/utils/request'

export interface MagazineSummary {
  store_id: number
  store_name: string
  enterprise_name: string
  period: 'day' | 'month'
  date: string
  from: string
  to: string
  voucher_count: number
  items: { product_id: string; label_zh: string; label_en: string; unit: string | null; opening: number; in: number; out: number; closing: number }[]
  /** A day's 日清 signature (null for a month). */
  daily_close: DailyCloseStatus | null
}

export function getMagazineSummary(id: number | string, period: string, date: string) {
  return http.get<MagazineSummary>(`/stores/${id}/summary`, { period, date })
}

export interface DailyCloseRecord {
  id: number
  date: string
  voucher_count: number
  figures_hash: string
  signed_by: { id: number; display_name: string }
  /** The capacity in which the signer signed. */
  signed_as: DailyCloseSigner
  signed_at: string
  note: string
  supersedes_id: number | null
}

export type DailyCloseSigner = 'storekeeper' | 'safety_officer'

/** A day's 日清 signature: the latest record, whether the current figures still match it, and every earlier one. */
export interface DailyCloseStatus {
  date: string
  signed: boolean
  matches: boolean
  latest: DailyCloseRecord | null
  /** Signatures superseded by a later one (corrections). */
  correction_count: number
  history: DailyCloseRecord[]
}

export interface DailyCloseDay {
  date: string
  voucher_count: number
  signed: boolean
  signed_by: { id: number; display_name: string } | null
  signed_as: DailyCloseSigner | null
  signed_at: string | null
  overdue: boolean
}

export function getDailyClose(storeId: number | string, date: string) {
  return http.get<DailyCloseStatus>(`/stores/${storeId}/daily-closes/${date}`)
}

export function getMonthDailyCloses(storeId: number | string, month: string) {
  return http.get<{ store_id: number; month: string; items: DailyCloseDay[] }>(`/stores/${storeId}/daily-closes`, { month })
}

/** Signs the day's current figures (a later signature supersedes, never replaces, an earlier one). */
export function signDailyClose(storeId: number | string, date: string, note: string) {
  return http.post<DailyCloseStatus>(`/stores/${storeId}/daily-closes`, { date, note }, { silent: true })
}
