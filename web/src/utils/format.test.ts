import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate, formatDateTime, formatNumber, isPastDate, localizeTimestamps } from './format'

describe('format', () => {
  it('formats dates in Chinese convention', () => {
    expect(formatDate('2026-11-22T05:56:25Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月22日')
    expect(formatDate('2026-01-05', 'zh-CN')).toBe('2026年1月5日')
    expect(formatDate('2026-01-05', 'en')).toBe('2026-01-05')
  })

  it('never shifts a date-only value across time zones', () => {
    expect(formatDate('2026-11-22', 'zh-CN', 'America/Los_Angeles')).toBe('2026年11月22日')
  })

  it('converts UTC times to the given zone', () => {
    expect(formatDateTime('2026-11-22T06:30:00Z', 'Asia/Shanghai')).toBe('2026-11-22 14:30')
    expect(formatDateTime('2026-11-22T16:05:00Z', 'Asia/Shanghai')).toBe('2026-11-23 00:05')
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
    expect(localizeTimestamps('登录失败次数过多，账号锁定至 2026-11-22T06:50:18Z', 'Asia/Shanghai')).toBe('登录失败次数过多，账号锁定至 2026-11-22 14:50')
    expect(localizeTimestamps('no time here')).toBe('no time here')
  })

  it('tells past deadlines', () => {
    const today = new Date(2026, 10, 22)
    expect(isPastDate('2026-11-21', today)).toBe(true)
    expect(isPastDate('2026-11-22', today)).toBe(false)
    expect(isPastDate(null, today)).toBe(false)
  })
})
