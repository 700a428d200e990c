import { describe, expect, it } from 'vitest'
import { nextTick, reactive, ref } from 'vue'
import { staleErrorKeys, useStaleErrors, useStaleFieldErrors } from './stale-errors'

describe('staleErrorKeys', () => {
  it('names the errors of edited fields only', () => {
    const errors = { name: '必填', phone: '格式不对' }
    expect(staleErrorKeys(errors, { name: '', phone: '1' }, { name: '邹城', phone: '1' })).toEqual(['name'])
    expect(staleErrorKeys(errors, { name: '', phone: '1' }, { name: '', phone: '1' })).toEqual([])
  })

  it('compares a nested path at the deepest level the model holds', () => {
    const errors = { 'actions[1].amount_fen': '金额不能为负', 'actions[0].kind': '必填' }
    const before = { actions: [{ kind: '', amount: -1 }, { kind: 'penalty', amount: -1 }] }
    const after = { actions: [{ kind: '', amount: -1 }, { kind: 'penalty', amount: 100 }] }
    expect(staleErrorKeys(errors, before, after)).toEqual(['actions[1].amount_fen'])
  })

  it('keeps an error the model has no field for, unless an alias names it', () => {
    const errors = { agency_id: '必填' }
    expect(staleErrorKeys(errors, { org: 1 }, { org: 2 })).toEqual([])
    expect(staleErrorKeys(errors, { org: 1 }, { org: 2 }, { agency_id: 'org' })).toEqual(['agency_id'])
  })

  it('treats a field that appears or goes away as edited', () => {
    expect(staleErrorKeys({ note: '太长' }, { note: 'x' }, {})).toEqual(['note'])
    expect(staleErrorKeys({ note: '必填' }, {}, { note: 'x' })).toEqual(['note'])
  })
})

describe('useStaleErrors', () => {
  it('clears the error of the field being edited and leaves the others', async () => {
    const form = reactive({ title: '', body: '' })
    const errors = ref<Record<string, string>>({})
    useStaleErrors(errors, () => form)
    errors.value = { title: '必填', body: '必填' }
    await nextTick()
    form.title = '通知'
    await nextTick()
    expect(errors.value).toEqual({ body: '必填' })
  })
})

describe('useStaleFieldErrors', () => {
  it('drops the listed error of the edited code and keeps the rest, second person by alias', async () => {
    const form = reactive({ lines: [{ codes: ['A', 'B'] }], password: '' })
    const errors = ref([
      { field: 'lines[0].codes[1]', rule: 'code_invalid' },
      { field: 'lines[0].codes[0]', rule: 'duplicate' },
      { field: 'second_person.password', rule: 'required' },
    ])
    useStaleFieldErrors(errors, () => form, { 'second_person.password': 'password' })
    form.lines[0].codes[1] = 'C'
    await nextTick()
    expect(errors.value.map((e) => e.field)).toEqual(['lines[0].codes[0]', 'second_person.password'])
    form.password = 'x'
    await nextTick()
    expect(errors.value.map((e) => e.field)).toEqual(['lines[0].codes[0]'])
  })
})
