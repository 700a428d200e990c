import { describe, expect, it } from 'vitest'
import { labelIn, optionLabel, STATE_TAG, yuan } from './labels'

const levels = [
  { value: 'ordinary', label_zh: '一般事故隐患', label_en: 'Ordinary hidden danger' },
  { value: 'major', label_zh: '重大事故隐患', label_en: 'Major hidden danger' },
]

describe('hidden-danger labels', () => {
  it('labels follow the UI language and fall back to the value', () => {
    expect(labelIn(levels, 'major', 'zh-CN')).toBe('重大事故隐患')
    expect(labelIn(levels, 'major', 'en')).toBe('Major hidden danger')
    expect(labelIn(levels, 'unknown', 'zh-CN')).toBe('unknown')
    expect(labelIn(undefined, 'major', 'en')).toBe('major')
    expect(optionLabel(undefined, 'en', '—')).toBe('—')
  })

  it('money is kept in fen and shown in yuan', () => {
    expect(yuan(null)).toBe('—')
    expect(yuan(0)).toBe('0.00')
    expect(yuan(123456789)).toBe('1,234,567.89')
  })

  it('every state has a tag colour', () => {
    for (const s of ['reported', 'assessed', 'rectification_assigned', 'rectified', 'awaiting_regulator_signoff', 'closed', 'dismissed'])
      expect(STATE_TAG[s]).toBeDefined()
  })
})
