import { describe, expect, it } from 'vitest'
import { answersToItems, blankAnswer, itemErrors } from './answers'

describe('answersToItems', () => {
  it('keeps checklist order and sends unanswered items blank', () => {
    const items = [{ position: 2, content: 'b', requires_photo: false }, { position: 1, content: 'a', requires_photo: true }]
    const answers = { 1: { ...blankAnswer(), outcome: 'fail' as const, note: 'leak', photos: [{ id: 7, name: 'p.png' }] } }
    expect(answersToItems(items, answers)).toEqual([
      { position: 2, outcome: '', note: '', photo_ids: [] },
      { position: 1, outcome: 'fail', note: 'leak', photo_ids: [7] },
    ])
  })
})

describe('itemErrors', () => {
  it('joins the errors of one item and not those of item 10 for item 1', () => {
    const errs = { 'items[position=1]': 'unanswered', 'items[position=1].photo_ids': 'photo', 'items[position=10].note': 'note', note: 'x' }
    expect(itemErrors(errs, 1)).toBe('unanswered；photo')
    expect(itemErrors(errs, 10)).toBe('note')
    expect(itemErrors(errs, 3)).toBe('')
  })
})
