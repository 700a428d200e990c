/** The scan field's flash for a scan's verdicts: restarted on every scan, cleared after it plays. */
import type { ScanVerdict } from './code-check'

export function flashClass(verdicts: ScanVerdict[], set: (cls: string) => void): void {
  const cls = verdicts.some((v) => v.kind === 'invalid') ? 'scan-flash-bad' : verdicts.some((v) => v.kind === 'duplicate') ? 'scan-flash-dup' : 'scan-flash-ok'
  set('')
  requestAnimationFrame(() => {
    set(cls)
    setTimeout(() => set(''), 1300)
  })
}
