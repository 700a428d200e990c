/**
 * The one formatting module of the UI: dates, times, deadlines, period keys, durations and numbers in
 * the UI language (zh: 2026年12月6日 11:08, 12月6日当天, 2026年第49周, 5 分钟; en: Dec 6, 2026 11:08).
 */
import { currentLocale } from './request'

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

interface Parts {
  year: string
  month: string
  day: string
  hour: string
  minute: string
}

function partsOf(value: string | Date, timeZone?: string): Parts | null {
  if (typeof value === 'string') {
    const m = DATE_ONLY.exec(value)
    if (m) return { year: m[1], month: m[2], day: m[3], hour: '00', minute: '00' }
  }
  const d = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(d.getTime())) return null
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  })
  const out: Record<string, string> = {}
  for (const p of fmt.formatToParts(d)) out[p.type] = p.value
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute }
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const isZh = (locale: string) => locale.startsWith('zh')

function dateText(p: Parts, locale: string, withYear = true): string {
  const m = Number(p.month)
  const d = Number(p.day)
  if (isZh(locale)) return withYear ? `${p.year}年${m}月${d}日` : `${m}月${d}日`
  return withYear ? `${EN_MONTHS[m - 1]} ${d}, ${p.year}` : `${EN_MONTHS[m - 1]} ${d}`
}

/**
 * One date style per locale: `2026年12月6日` in Chinese, `Dec 6, 2026` in English (the UI language
 * when no locale is given); date-only strings are never shifted by time zone.
 */
export function formatDate(value: string | Date | null | undefined, locale = currentLocale(), timeZone?: string): string {
  if (!value) return '—'
  const p = partsOf(value, timeZone)
  if (!p) return String(value)
  return dateText(p, locale)
}

/** A date and time in the same style: `2026年12月6日 11:08` / `Dec 6, 2026 11:08` (local or the given zone). */
export function formatDateTime(value: string | Date | null | undefined, timeZone?: string, locale = currentLocale()): string {
  if (!value) return '—'
  const p = partsOf(value, timeZone)
  if (!p) return String(value)
  return `${dateText(p, locale)} ${p.hour}:${p.minute}`
}

/**
 * A deadline as Chinese law counts it: one that ends at 24:00 (stored as 00:00 of the next day) is
 * that day itself — `2026-12-07T00:00` reads `12月6日当天` / `by the end of Dec 6`; the year only
 * when it is not the current one. Any other time reads as a date and time.
 */
export function formatDeadline(value: string | Date | null | undefined, locale = currentLocale(), timeZone?: string, now: Date = new Date()): string {
  if (!value) return '—'
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const p = partsOf(value)!
    return endOfDay(p, locale, now)
  }
  const p = partsOf(value, timeZone)
  if (!p) return String(value)
  if (p.hour !== '00' || p.minute !== '00') return formatDateTime(value, timeZone, locale)
  const d = value instanceof Date ? value : new Date(value)
  const prev = partsOf(new Date(d.getTime() - 60_000), timeZone)!
  return endOfDay(prev, locale, now)
}

function endOfDay(p: Parts, locale: string, now: Date): string {
  const text = dateText(p, locale, Number(p.year) !== now.getFullYear())
  return isZh(locale) ? `${text}当天` : `by the end of ${text}`
}

/**
 * A period key of a recurring task in words: `2026-W49` → `2026年第49周` / `Week 49, 2026`,
 * `2026-12` → `2026年12月`, `2026-Q4` → `2026年第4季度`, `2026-H1` → `2026年上半年`, a date as a date.
 */
export function formatPeriodKey(key: string | null | undefined, locale = currentLocale()): string {
  if (!key) return '—'
  const zh = isZh(locale)
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-W(\d{1,2})$/.exec(key))) return zh ? `${m[1]}年第${Number(m[2])}周` : `Week ${Number(m[2])}, ${m[1]}`
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) return zh ? `${m[1]}年第${m[2]}季度` : `Q${m[2]} ${m[1]}`
  if ((m = /^(\d{4})-H([12])$/.exec(key))) return zh ? `${m[1]}年${m[2] === '1' ? '上半年' : '下半年'}` : `${m[2] === '1' ? 'First' : 'Second'} half of ${m[1]}`
  if ((m = /^(\d{4})-(\d{2})$/.exec(key))) return zh ? `${m[1]}年${Number(m[2])}月` : `${EN_MONTHS[Number(m[2]) - 1]} ${m[1]}`
  if (DATE_ONLY.test(key)) return formatDate(key, locale)
  if ((m = /^(\d{4})$/.exec(key))) return zh ? `${m[1]}年` : m[1]
  return key
}

/** Minutes in words: `5 分钟` / `5 min`. */
export function formatMinutes(n: number | null | undefined, locale = currentLocale()): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—'
  return isZh(locale) ? `${n} 分钟` : `${n} min`
}

/** A duration in seconds: `2 天 3 小时 5 分钟` / `2 d 3 h 5 min`. */
export function formatDuration(seconds: number, locale = currentLocale()): string {
  const zh = isZh(locale)
  const s = Math.max(0, Math.floor(seconds))
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const parts: string[] = []
  if (d) parts.push(zh ? `${d} 天` : `${d} d`)
  if (d || h) parts.push(zh ? `${h} 小时` : `${h} h`)
  parts.push(formatMinutes(m, locale))
  return parts.join(' ')
}

/** Thousands separators: 12345 → `12,345`. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  return new Intl.NumberFormat('zh-CN').format(value)
}

/** 1536 → `1.5 KB`. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '—'
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB']
  let v = bytes / 1024
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${v.toFixed(v >= 10 ? 0 : 1)} ${units[i]}`
}

/** For deadline pickers' `disabled-date`: a day before today (local) cannot be picked. */
export function beforeToday(day: Date, today: Date = new Date()): boolean {
  return day.getTime() < new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime()
}

/** True when a `YYYY-MM-DD` deadline lies before today (local). */
export function isPastDate(date: string | null | undefined, today: Date = new Date()): boolean {
  if (!date) return false
  const m = DATE_ONLY.exec(date)
  if (!m) return false
  const t = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return date < t
}

const ISO_UTC = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g

/** Rewrites UTC timestamps inside server text (e.g. "locked until 2026-11-22T06:50:18Z") as local date and time. */
export function localizeTimestamps(text: string, timeZone?: string, locale = currentLocale()): string {
  return text.replace(ISO_UTC, (iso) => formatDateTime(iso, timeZone, locale))
}
