import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate, formatDateTime, formatDeadline, formatDuration, formatMinutes, formatNumber, formatPeriodKey, beforeToday, isPastDate, localizeTimestamps } from './format'

describe('format', () => {
  it('formats dates in Chinese convention', () => {
    expect(formatDate('2026-11-22T05:56:25Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月22日')
    expect(formatDate('2026-01-05', 'zh-CN')).toBe('2026年1月5日')
    expect(formatDate('2026-01-05', 'en')).toBe('Jan 5, 2026')
    expect(formatDate('2026-12-06', 'en')).toBe('Dec 6, 2026')
  })

  it('never shifts a date-only value across time zones', () => {
    expect(formatDate('2026-11-22', 'zh-CN', 'America/Los_Angeles')).toBe('2026年11月22日')
  })

  it('converts UTC times to the given zone', () => {
    expect(formatDateTime('2026-11-22T06:30:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月22日 14:30')
    expect(formatDateTime('2026-11-22T16:05:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('2026年11月23日 00:05')
    expect(formatDateTime('2026-12-06T03:08:00Z', 'Asia/Shanghai', 'en')).toBe('Dec 6, 2026 11:08')
  })

  it('shows a dash for missing values and echoes garbage', () => {
    expect(formatDate(null)).toBe('—')
    expect(formatDateTime(undefined)).toBe('—')
    expect(formatDate('not a date')).toBe('not a date')
  })

  it('adds thousands separators', () => {
    expect(formatNumber(1234567)).toBe('1,234,567')
    expect(formatNumber(0)).toBe('0')
    expect(formatNumber(null)).toBe('—')
  })

  it('formats byte sizes', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB')
  })

  it('rewrites UTC timestamps inside server messages', () => {
    expect(localizeTimestamps('登录失败次数过多，账号锁定至 2026-11-22T06:50:18Z', 'Asia/Shanghai', 'zh-CN')).toBe('登录失败次数过多，账号锁定至 2026年11月22日 14:50')
    expect(localizeTimestamps('no time here')).toBe('no time here')
  })

  it('tells past deadlines', () => {
    const today = new Date(2026, 10, 22)
    expect(isPastDate('2026-11-21', today)).toBe(true)
    expect(isPastDate('2026-11-22', today)).toBe(false)
    expect(isPastDate(null, today)).toBe(false)
  })

  it('shows a deadline at 24:00 as that day', () => {
    const now = new Date(2026, 11, 6)
    expect(formatDeadline('2026-12-07T00:00:00+08:00', 'zh-CN', 'Asia/Shanghai', now)).toBe('12月6日当天')
    expect(formatDeadline('2026-12-06T16:00:00Z', 'zh-CN', 'Asia/Shanghai', now)).toBe('12月6日当天')
    expect(formatDeadline('2027-01-01T00:00:00+08:00', 'zh-CN', 'Asia/Shanghai', now)).toBe('12月31日当天')
    expect(formatDeadline('2028-01-01T00:00:00+08:00', 'zh-CN', 'Asia/Shanghai', now)).toBe('2027年12月31日当天')
    expect(formatDeadline('2026-12-07T00:00:00+08:00', 'en', 'Asia/Shanghai', now)).toBe('by the end of Dec 6')
    expect(formatDeadline('2026-12-06', 'zh-CN', undefined, now)).toBe('12月6日当天')
    expect(formatDeadline('2026-12-06T09:30:00+08:00', 'zh-CN', 'Asia/Shanghai', now)).toBe('2026年12月6日 09:30')
    expect(formatDeadline(null)).toBe('—')
  })

  it('reads period keys as words', () => {
    expect(formatPeriodKey('2026-W49', 'zh-CN')).toBe('2026年第49周')
    expect(formatPeriodKey('2026-W49', 'en')).toBe('Week 49, 2026')
    expect(formatPeriodKey('2026-12', 'zh-CN')).toBe('2026年12月')
    expect(formatPeriodKey('2026-Q4', 'zh-CN')).toBe('2026年第4季度')
    expect(formatPeriodKey('2026-H1', 'zh-CN')).toBe('2026年上半年')
    expect(formatPeriodKey('2026-12-06', 'zh-CN')).toBe('2026年12月6日')
    expect(formatPeriodKey('2026-12-06', 'en')).toBe('Dec 6, 2026')
  })

  it('says minutes in full', () => {
    expect(formatMinutes(5, 'zh-CN')).toBe('5 分钟')
    expect(formatMinutes(5, 'en')).toBe('5 min')
    expect(formatDuration(2 * 86400 + 3 * 3600 + 5 * 60, 'zh-CN')).toBe('2 天 3 小时 5 分钟')
    expect(formatDuration(300, 'en')).toBe('5 min')
  })
})

describe('deadline pickers', () => {
  it('disable the days before today, not today', () => {
    const today = new Date(2026, 11, 6, 15, 30)
    expect(beforeToday(new Date(2026, 11, 5), today)).toBe(true)
    expect(beforeToday(new Date(2026, 11, 6), today)).toBe(false)
    expect(beforeToday(new Date(2026, 11, 7), today)).toBe(false)
  })
})
