import { http } from '@/utils/request'
import type { ListResult, Query } from '@/types/api'
import type { Checklist, InspectionDuty, InspectionRecord, InspectionTask, RecordQuery, TaskQuery } from '@/types/risk'

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
