import { API_BASE } from '@/utils/request'
import { uploadRaw } from '@/utils/upload'
import type { StoredFile } from '@/types/file'

export function uploadFile(file: File, onProgress?: (percent: number) => void) {
  return uploadRaw<StoredFile>('/files', file, { onProgress })
}

export function fileUrl(id: number): string {
  return `${API_BASE}/files/${id}`
}
