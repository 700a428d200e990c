/** Uploaded files (photos, attachments): upload and download URL. */
import { API_BASE } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'

export interface StoredFile {
  id: number
  name: string
  size: number
  mime: string
  sha256?: string
  created_at?: string
}

export function uploadFile(file: File, onProgress?: (percent: number) => void) {
  return uploadRaw<StoredFile>('/files', file, { onProgress })
}

export function fileUrl(id: number): string {
  return `${API_BASE}/files/${id}`
}
