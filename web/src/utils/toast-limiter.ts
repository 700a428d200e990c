/**
 * A burst of pushed notifications (a deadline job that escalates a hundred reports at once) must
 * not bury the page under toasts: at most `max` toasts within `windowMs`; the rest are counted and
 * shown as one summary that links to the notification centre.
 */
export function createToastLimiter(max = 3, windowMs = 10_000, now: () => number = () => Date.now()) {
  let shown: number[] = []
  let suppressed = 0
  return {
    /** True when this push may have its own toast; false when it joins the summary. */
    admit(): boolean {
      const t = now()
      shown = shown.filter((s) => t - s < windowMs)
      if (shown.length === 0) suppressed = 0 // a quiet window: a new burst starts a new summary
      if (shown.length < max) {
        shown.push(t)
        return true
      }
      suppressed += 1
      return false
    },
    /** How many pushes the current summary stands for. */
    get suppressed() {
      return suppressed
    },
  }
}
