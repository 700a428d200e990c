/** Raw-body uploads with progress (XMLHttpRequest: fetch cannot report upload progress). */
import type { Query } from '@/api/core/common'
import { baseHeaders, buildUrl, errorFromBody, networkError, reportError, type ErrorHandling } from './request'

export interface UploadOptions extends ErrorHandling {
  query?: Query
  onProgress?: (percent: number) => void
}

export function uploadRaw<T>(path: string, file: File, opts: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', buildUrl(path, opts.query))
    xhr.withCredentials = false
    const headers = baseHeaders('POST')
    headers['X-Filename'] = encodeURIComponent(file.name)
    headers['Content-Type'] = file.type || 'application/octet-stream'
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v)
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable && opts.onProgress) opts.onProgress(Math.round((ev.loaded / ev.total) * 100))
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        opts.onProgress?.(100)
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T)
        return
      }
      const err = errorFromBody(xhr.status, xhr.responseText)
      reportError(err, opts)
      reject(err)
    }
    xhr.onerror = () => {
      const err = networkError()
      reportError(err, opts)
      reject(err)
    }
    xhr.send(file)
  })
}
