/**
 * Scan-time checks of codes (no server round trip): GA 441 format of detonator codes
 * (`EE Y MM DD F SSSSS`, the same rules as server/src/explosives/voucher/detonator_code_rules)
 * and duplicates within the form. A code that does not look like a detonator code at all is a
 * case or box code (packaging), expanded by the server when posting.
 */

export type CodeProblem = 'length' | 'enterprise' | 'year' | 'month' | 'day' | 'feature' | 'serial'

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const EXCLUDED_LOWER = new Set(['c', 'o', 's', 'u', 'v', 'w', 'x', 'z'])
const isDigits = (s: string) => /^\d+$/.test(s)

function validFeature(c: string): boolean {
  if (/^[0-9A-Z]$/.test(c)) return true
  return /^[a-z]$/.test(c) && !EXCLUDED_LOWER.has(c)
}

/** The first GA 441 problem of a detonator code, or null when it is valid. */
export function detonatorCodeProblem(code: string): CodeProblem | null {
  if (code.length !== 13) return 'length'
  if (!isDigits(code.slice(0, 2)) || Number(code.slice(0, 2)) < 1) return 'enterprise'
  if (!isDigits(code[2])) return 'year'
  const month = isDigits(code.slice(3, 5)) ? Number(code.slice(3, 5)) : 0
  if (month < 1 || month > 12) return 'month'
  const day = isDigits(code.slice(5, 7)) ? Number(code.slice(5, 7)) : 0
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]) return 'day'
  if (!validFeature(code[7])) return 'feature'
  if (!isDigits(code.slice(8, 13))) return 'serial'
  return null
}

/** A mistyped detonator code rather than a case/box code: 11-15 characters, digits but for one. */
export function looksLikeDetonatorCode(code: string): boolean {
  if (code.length < 11 || code.length > 15) return false
  return code.replace(/\d/g, '').length <= 1
}

export type ScanVerdict =
  | { code: string; kind: 'accepted' }
  | { code: string; kind: 'package' }
  | { code: string; kind: 'duplicate' }
  | { code: string; kind: 'invalid'; problem: CodeProblem }

/**
 * Splits what the scanner typed (one code, or a pasted list) and judges each code against the
 * codes already in the form (`existing`) and the ones before it in the same scan. `ga441`: the
 * product's codes follow GA 441 (detonators); other coded products only get the duplicate check.
 */
export function judgeScan(typed: string, existing: Iterable<string>, ga441: boolean): ScanVerdict[] {
  const seen = new Set(existing)
  const out: ScanVerdict[] = []
  for (const code of typed.split(/[\s,;，；]+/).map((s) => s.trim()).filter(Boolean)) {
    if (seen.has(code)) {
      out.push({ code, kind: 'duplicate' })
      continue
    }
    if (ga441) {
      const problem = detonatorCodeProblem(code)
      if (problem && looksLikeDetonatorCode(code)) {
        out.push({ code, kind: 'invalid', problem })
        continue
      }
      if (problem) {
        seen.add(code)
        out.push({ code, kind: 'package' })
        continue
      }
    }
    seen.add(code)
    out.push({ code, kind: 'accepted' })
  }
  return out
}

/** The codes of a scan to add to the form: accepted codes and case/box codes. */
export function codesToAdd(verdicts: ScanVerdict[]): string[] {
  return verdicts.filter((v) => v.kind === 'accepted' || v.kind === 'package').map((v) => v.code)
}
