import { describe, expect, it } from 'vitest'
import { createToastLimiter } from './toast-limiter'

describe('toast limiter', () => {
  it('shows the first pushes of a burst and counts the rest for one summary', () => {
    let t = 0
    const limiter = createToastLimiter(3, 10_000, () => t)
    const admitted = Array.from({ length: 110 }, () => limiter.admit())
    expect(admitted.filter(Boolean)).toHaveLength(3)
    expect(limiter.suppressed).toBe(107)
  })

  it('starts afresh after a quiet window', () => {
    let t = 0
    const limiter = createToastLimiter(2, 10_000, () => t)
    limiter.admit(); limiter.admit(); limiter.admit()
    expect(limiter.suppressed).toBe(1)
    t = 20_000
    expect(limiter.admit()).toBe(true)
    expect(limiter.suppressed).toBe(0)
  })
})
