/**
 * Client-side mirror of the server's 统一社会信用代码 (GB 32100-2015) rules.
 * Shape errors block the form; a wrong check character only warns, as some legal
 * early pilot-region codes fail the check (the server then asks for confirmation).
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/

export type UsccProblem = 'required' | 'length' | 'charset' | null

/** Blocking problems: empty, not 18 characters, or a character outside the 31-character set. */
export function usccShapeProblem(code: string): UsccProblem {
  const v = (code || '').trim()
  if (!v) return 'required'
  if (v.length !== 18) return 'length'
  if (!SHAPE.test(v)) return 'charset'
  return null
}

/** The expected check character for the first 17 characters, or null if they are not valid. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  const check = (31 - (sum % 31)) % 31
  return USCC_CHARSET[check]
}

/** True when a well-shaped code carries the right check character. */
export function usccCheckOk(code: string): boolean {
  const v = (code || '').trim()
  if (usccShapeProblem(v)) return false
  return usccCheckChar(v.slice(0, 17)) === v[17]
}
