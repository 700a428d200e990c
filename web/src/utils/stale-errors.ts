/**
 * Stale field errors: once a person edits the field a server error named, the error goes away (issue 12).
 * A form keeps the server's errors in a record keyed by field path (`ApiError.fieldErrors`); `useStaleErrors`
 * watches the form's model and drops every error whose field changed.
 */
import { watch, type Ref } from 'vue'
import { parseFieldPath } from './field-path'

type Step = string | number

function steps(path: string): Step[] {
  const out: Step[] = []
  for (const s of parseFieldPath(path)) {
    if (s.name) out.push(s.name)
    if (s.index !== undefined) out.push(s.index)
  }
  return out
}

function at(value: unknown, path: Step[]): unknown {
  let v = value
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined
    v = (v as Record<string | number, unknown>)[s]
  }
  return v
}

/**
 * The error keys whose field differs between two snapshots of a form model. A key is compared at its
 * deepest path the model holds (`actions[1].amount_fen` at `actions[1]` when the model keeps `amount`);
 * `aliases` names the model path of an error key the model spells differently (`{ agency_id: 'org_id' }`).
 * A key with no counterpart in the model is kept.
 */
export function staleErrorKeys(errors: Record<string, string>, before: unknown, after: unknown, aliases: Record<string, string> = {}): string[] {
  const out: string[] = []
  for (const key of Object.keys(errors)) {
    const full = steps(aliases[key] ?? key)
    for (let n = full.length; n > 0; n--) {
      const prefix = full.slice(0, n)
      const a = at(before, prefix)
      const b = at(after, prefix)
      if (a === undefined && b === undefined) continue
      if (JSON.stringify(a) !== JSON.stringify(b)) out.push(key)
      break
    }
  }
  return out
}

function snapshot(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v))
}

/** Drops from `errors` each error whose field in `model()` is edited. */
export function useStaleErrors(errors: Ref<Record<string, string>>, model: () => unknown, aliases: Record<string, string> = {}) {
  let before = snapshot(model())
  watch(
    model,
    (now) => {
      const after = snapshot(now)
      const stale = staleErrorKeys(errors.value, before, after, aliases)
      before = after
      if (!stale.length) return
      const next = { ...errors.value }
      for (const k of stale) delete next[k]
      errors.value = next
    },
    { deep: true },
  )
}

/** The same for a form that keeps the server's errors as a list (`ApiError.errors`): the voucher, stocktake and packaging forms. */
export function useStaleFieldErrors<E extends { field?: string }>(errors: Ref<E[]>, model: () => unknown, aliases: Record<string, string> = {}) {
  let before = snapshot(model())
  watch(
    model,
    (now) => {
      const after = snapshot(now)
      const keyed = Object.fromEntries(errors.value.filter((e) => e.field).map((e) => [e.field as string, e.field as string]))
      const stale = new Set(staleErrorKeys(keyed, before, after, aliases))
      before = after
      if (stale.size) errors.value = errors.value.filter((e) => !(e.field && stale.has(e.field)))
    },
    { deep: true },
  )
}
