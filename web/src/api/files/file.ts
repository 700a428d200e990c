/** Uploaded files (photos, attachments): upload and download URL. */
import type { Schema } from '@/api/core/schema'
import { API_BASE } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'

export type StoredFile = Schema<'File'>

export function uploadFile(file: File, onProgress?: (percent: number) => void) {
  return uploadRaw<StoredFile>('/files', file, { onProgress })
}

export function fileUrl(id: number): string {
  return `${API_BASE}/files/${id}`
}
