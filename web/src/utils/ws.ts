/** `ws(s)://host/api/v1/ws` for the page's own origin. */
export function wsUrl(loc: { protocol: string; host: string }): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api/v1/ws`
}

/** Reconnect delay: 1 s, doubling, capped at 30 s. */
export function nextBackoff(previousMs: number): number {
  if (previousMs <= 0) return 1000
  return Math.min(previousMs * 2, 30_000)
}
