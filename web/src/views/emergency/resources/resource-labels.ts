/** Pure helpers of the emergency-resource page: the row colour of an alert, the alert's words, the form and its body per category. */
import type { EmergencyResource, EmergencyResourceCategory, EmergencyResourceInput } from '@/api/emergency/resources'

/** Past due rows are red, due-soon rows orange (the list's alert colours). */
export function alertRowClass(level: string): string {
  if (level === 'past_due') return 'alert-past-due'
  if (level === 'due_soon') return 'alert-due-soon'
  return ''
}

export function alertTagType(level: string): 'danger' | 'warning' | 'info' {
  return level === 'past_due' ? 'danger' : level === 'due_soon' ? 'warning' : 'info'
}

export type ResourceForm = Required<Omit<EmergencyResourceInput, 'category'>> & { category: EmergencyResourceCategory }

export function emptyForm(category: EmergencyResourceCategory): ResourceForm {
  return {
    category,
    name: '',
    kind: category === 'team' ? 'full_time' : category === 'material' ? 'equipment' : '',
    members: category === 'team' ? 1 : 0,
    leader: '',
    phone: '',
    field: '',
    title: '',
    unit: '',
    material_type: '',
    quantity: 0,
    quantity_unit: '',
    location: '',
    expires_on: '',
    last_inspected_on: '',
    next_inspection_on: '',
    note: '',
  }
}

export function formOf(r: EmergencyResource): ResourceForm {
  const f = emptyForm(r.category)
  for (const k of Object.keys(f) as (keyof ResourceForm)[]) (f as Record<string, unknown>)[k] = r[k as keyof EmergencyResource] ?? f[k]
  return f
}

/** The fields a category uses; the others are sent empty so that a category change leaves nothing behind. */
const FIELDS: Record<EmergencyResourceCategory, (keyof ResourceForm)[]> = {
  team: ['name', 'kind', 'members', 'leader', 'phone', 'note'],
  expert: ['name', 'field', 'title', 'phone', 'unit', 'note'],
  material: ['name', 'kind', 'material_type', 'quantity', 'quantity_unit', 'location', 'expires_on', 'last_inspected_on', 'next_inspection_on', 'note'],
}

export function bodyOf(f: ResourceForm): EmergencyResourceInput {
  const empty = emptyForm(f.category)
  const body: Record<string, unknown> = { ...empty, category: f.category }
  for (const k of FIELDS[f.category]) body[k] = f[k] ?? empty[k]
  return body as EmergencyResourceInput
}
