/** Dates, times and numbers in Chinese conventions (2026年11月22日, 2026-11-22 14:30, 12,345). */

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

/** `2026年11月22日` in Chinese, `2026-11-22` in English; date-only strings are never shifted by time zone. */
export function formatDate(value: string | Date | null | undefined, locale = 'zh-CN', timeZone?: string): string {
  if (!value) return '—'
  const p = partsOf(value, timeZone)
  if (!p) return String(value)
  if (locale.startsWith('zh')) return `${p.year}年${Number(p.month)}月${Number(p.day)}日`
  return `${p.year}-${p.month}-${p.day}`
}

/** `2026-11-22 14:30` in local (or the given) time zone. */
export function formatDateTime(value: string | Date | null | undefined, timeZone?: string): string {
  if (!value) return '—'
  const p = partsOf(value, timeZone)
  if (!p) return String(value)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`
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

/** True when a `YYYY-MM-DD` deadline lies before today (local). */
export function isPastDate(date: string | null | undefined, today: Date = new Date()): boolean {
  if (!date) return false
  const m = DATE_ONLY.exec(date)
  if (!m) return false
  const t = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
  return date < t
}

const ISO_UTC = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g

/** Rewrites UTC timestamps inside server text (e.g. "locked until 2026-11-22T06:50:18Z") as local `YYYY-MM-DD HH:mm`. */
export function localizeTimestamps(text: string, timeZone?: string): string {
  return text.replace(ISO_UTC, (iso) => formatDateTime(iso, timeZone))
}
