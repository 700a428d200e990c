/** Pure helpers of the business settings page (no Vue): error paths, comparisons, band texts. */
import type { LevelBand, RiskLevel, ScoreChoice } from '@/api/dual-prevention/risk'

/** A 422 field names a path in the request body ("value.ls.bands"); the forms use the path
 * inside the value ("ls.bands"). */
export function valuePathErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [field, message] of Object.entries(errors)) {
    const path = field === 'value' ? '' : field.startsWith('value.') ? field.slice(6) : field
    if (!(path in out)) out[path] = message
  }
  return out
}

/** The messages at `path` or below it ("lec.L" also takes "lec.L[2].value"). */
export function errorsAt(errors: Record<string, string>, path: string): string[] {
  return Object.entries(errors)
    .filter(([p]) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`))
    .map(([, m]) => m)
}

/** The messages no field of the form shows (paths outside `shown`). */
export function otherErrors(errors: Record<string, string>, shown: string[]): string[] {
  return Object.entries(errors)
    .filter(([p]) => !shown.some((s) => p === s || p.startsWith(`${s}.`) || p.startsWith(`${s}[`)))
    .map(([, m]) => m)
}

/** Structural equality of JSON values (object key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const ka = Object.keys(a as object)
  const kb = Object.keys(b as object)
  if (ka.length !== kb.length) return false
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

export function cloneValue<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}

/** "70 ≤ D < 160", "D > 320", "R ≤ 3" for one band on the score named `score`. */
export function bandText(band: LevelBand, score: string): string {
  const lower = band.min === null ? '' : `${band.min} ${band.min_inclusive ? '≤' : '<'} `
  const upper = band.max === null ? '' : ` ${band.max_inclusive ? '≤' : '<'} ${band.max}`
  if (band.min !== null && band.max === null) return `${score} ${band.min_inclusive ? '≥' : '>'} ${band.min}`
  return `${lower}${score}${upper}`
}

function contains(band: LevelBand, score: number): boolean {
  if (band.min !== null && (band.min_inclusive ? score < band.min : score <= band.min)) return false
  if (band.max !== null && (band.max_inclusive ? score > band.max : score >= band.max)) return false
  return true
}

/** The level of the first band containing `score` (as the server decides), or null. */
export function levelForScore(bands: LevelBand[], score: number): RiskLevel | null {
  const rounded = Math.round(score * 1e6) / 1e6
  return bands.find((b) => contains(b, rounded))?.level ?? null
}

/** Rows of the LS matrix preview: one per L choice, one cell per S choice. */
export function lsMatrix(
  likelihood: ScoreChoice[],
  severity: ScoreChoice[],
  bands: LevelBand[],
): { l: number; cells: { s: number; score: number; level: RiskLevel | null }[] }[] {
  return likelihood.map((l) => ({
    l: l.value,
    cells: severity.map((s) => {
      const score = l.value * s.value
      return { s: s.value, score, level: levelForScore(bands, score) }
    }),
  }))
}
