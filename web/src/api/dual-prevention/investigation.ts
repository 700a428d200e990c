/** 隐患排查 (investigation): checklists, inspection duties, tasks and records; a failed item becomes a hidden danger. */
import type { ListResult, Query } from '@/api/core/common'
import { http } from '@/utils/request'

export interface ChecklistItem {
  id?: number
  position: number
  content: string
  requires_photo: boolean
  checklist_item_id?: number | null
}

export interface Checklist {
  id: number
  enterprise_id: number | null
  builtin: boolean
  code: string
  kind: string
  name: string
  item_count: number
  active: boolean
  items?: ChecklistItem[]
}

export interface RecordItem {
  position: number
  content: string
  outcome: 'pass' | 'fail' | 'not_applicable'
  note: string
  photo_ids: number[]
  hidden_danger_id: number | null
}

export interface InspectionRecord {
  id: number
  enterprise_id: number
  enterprise_name: string
  task_id: number | null
  checklist_id?: number | null
  checklist_name?: string
  checklist_kind?: string
  source?: 'task' | 'ad_hoc'
  title: string
  inspector_name: string
  inspected_at: string
  failed_count: number
  note: string
  items?: RecordItem[]
}

export interface InspectionTask {
  id: number
  enterprise_id: number
  enterprise_name: string
  source: 'measure' | 'duty' | 'major_hazard'
  major_hazard_id?: number | null
  checklist_id: number | null
  title: string
  frequency: string
  period_key: string
  period_start: string
  due_at: string
  assignee_name: string
  status: 'open' | 'done' | 'missed'
  record_id: number | null
  done_at: string | null
  items?: ChecklistItem[]
  record?: InspectionRecord
}

export interface RecordQuery {
  region?: string
  enterprise_id?: number | string
  checklist_id?: number | string
  source?: string
  kind?: string
  from?: string
  to?: string
  inspector?: string
  result?: string
  failed?: string
  page?: number
  page_size?: number
}

export interface InspectionDuty {
  id: number
  enterprise_id: number
  enterprise_name: string
  checklist_id: number
  checklist_name: string
  frequency: string
  assignee_user_id: number | null
  assignee_name: string
  active: boolean
  /** The company-level daily inspection of a civil-explosives enterprise: always active, at least daily. */
  mandatory: boolean
}

export interface TaskQuery {
  status?: string
  source?: string
  mine?: string
  region?: string
  enterprise_id?: number | string
  from?: string
  to?: string
  page?: number
  page_size?: number
}

export const getChecklists = () => http.get<{ items: Checklist[] }>('/checklists')

export const getChecklist = (id: number | string) => http.get<Checklist>(`/checklists/${id}`)

export const createChecklist = (data: Record<string, unknown>) => http.post<Checklist>('/checklists', data, { silent: true })

export const getTaskPage = (q: TaskQuery) => http.get<ListResult<InspectionTask> & { counts: { open: number; done: number; missed: number } }>('/inspection-tasks', q as Query)

export const getTask = (id: number | string) => http.get<InspectionTask>(`/inspection-tasks/${id}`)

export const submitTaskRecord = (id: number, data: Record<string, unknown>) => http.post<InspectionRecord>(`/inspection-tasks/${id}/records`, data, { silent: true })

export const getRecord = (id: number | string) => http.get<InspectionRecord>(`/inspection-records/${id}`)

export const reportFinding = (recordId: number, position: number) =>
  http.post<{ hidden_danger_id: number }>(`/inspection-records/${recordId}/items/${position}/hidden-danger`, {}, { silent: true })

export const updateChecklist = (id: number, data: Record<string, unknown>) => http.put<Checklist>(`/checklists/${id}`, data, { silent: true })

export const getRecordPage = (q: RecordQuery) => http.get<ListResult<InspectionRecord>>('/inspection-records', q as Query)

export const createAdHocRecord = (data: Record<string, unknown>) => http.post<InspectionRecord>('/inspection-records', data, { silent: true })

export const getDuties = () => http.get<{ items: InspectionDuty[] }>('/inspection-duties')

/** Creates the enterprise's duty for that checklist or changes it; active false deactivates it. */
export const putDuty = (data: { checklist_id: number; frequency: string; assignee_user_id: number | null; active: boolean }) =>
  http.put<InspectionDuty>('/inspection-duties', data, { silent: true })

/** The caller's enterprise's active accounts: who may be made assignee, owner or accountable person. */
export const getAssignees = () => http.get<{ items: { id: number; display_name: string; username: string }[] }>('/inspection-assignees')
