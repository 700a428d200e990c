/** Pure helpers of the qualifications pages: tag colours, the annual hours line, empty forms and request bodies. */
import type { CertificateInput, CertificateState, ExamState, ExaminationInput, Person, PersonInput, TrainingInput } from '@/api/qualifications/people'

type TagType = 'success' | 'warning' | 'danger' | 'info' | 'primary'

export function examTagType(s: ExamState): TagType {
  return s === 'passed' ? 'success' : s === 'overdue' ? 'danger' : s === 'pending' ? 'warning' : 'info'
}

export function certificateTagType(s: CertificateState): TagType {
  return s === 'valid' ? 'success' : s === 'expiring' ? 'warning' : s === 'expired' ? 'danger' : 'info'
}

/** Days until `day` (YYYY-MM-DD) counted from `today`; negative when past. */
export function daysUntil(day: string, today: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)
  return Math.round(ms / 86_400_000)
}

/** The next expiry's tag: red when past, orange within `warnDays`, none otherwise. */
export function expiryTagType(day: string | null, today: string, warnDays = 60): TagType | undefined {
  if (!day) return undefined
  const n = daysUntil(day, today)
  if (n < 0) return 'danger'
  if (n <= warnDays) return 'warning'
  return undefined
}

export function emptyPerson(): PersonInput {
  return { name: '', role: 'storekeeper', post: '', phone: '', appointed_on: '', is_manager: false, full_time: false, user_id: null }
}

export function personForm(p: Person): PersonInput {
  return { name: p.name, role: p.role, post: p.post, phone: p.phone, appointed_on: p.appointed_on, is_manager: p.is_manager, full_time: p.full_time, user_id: p.user_id }
}

/** The body sent: text trimmed; the full-time flag only means something for safety managers. */
export function personBody(f: PersonInput): PersonInput {
  return { ...f, name: f.name.trim(), post: f.post.trim(), phone: f.phone.trim(), full_time: f.role === 'safety_manager' ? f.full_time : false }
}

export function emptyCertificate(): CertificateInput {
  return { kind: 'special_operation', number: '', issuer: '', valid_from: '', valid_to: '', file_id: null }
}

export function emptyExamination(today: string): ExaminationInput {
  return { examined_on: today, passed: true, authority: '', certificate_no: '', note: '' }
}

export function emptyTraining(today: string): TrainingInput {
  return { course: '', provider: '', trained_on: today, class_hours: 8, exam_result: 'none', score: null }
}

/** Whether the person's role is examined within 6 months of appointment (234号 item 3). */
export function needsExamination(role: string): boolean {
  return role === 'principal' || role === 'safety_manager'
}

/** Today in China (UTC+8) as YYYY-MM-DD: the day the server counts with. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}
