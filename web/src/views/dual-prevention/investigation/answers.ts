/** The answers on the execution page and how they become the request body and per-item errors
 * (shared by scheduled tasks and ad hoc inspections). */
import type { ChecklistItem } from '@/api/dual-prevention/investigation'

export interface Answer {
  outcome: '' | 'pass' | 'fail' | 'not_applicable'
  note: string
  photos: { id: number; name: string }[]
  uploading: boolean
}

export const blankAnswer = (): Answer => ({ outcome: '', note: '', photos: [], uploading: false })

/** Every item in checklist order, answered or not: the server names the unanswered ones. */
export function answersToItems(items: ChecklistItem[], answers: Record<number, Answer>) {
  return items.map((it) => {
    const a = answers[it.position] ?? blankAnswer()
    return { position: it.position, outcome: a.outcome, note: a.note, photo_ids: a.photos.map((p) => p.id) }
  })
}

/** The server reports item errors as `items[position=N]` or `items[position=N].field`. */
export function itemErrors(errors: Record<string, string>, position: number) {
  const prefix = `items[position=${position}]`
  return Object.entries(errors)
    .filter(([k]) => k === prefix || k.startsWith(`${prefix}.`))
    .map(([, v]) => v)
    .join('；')
}
