/** File downloads (exports) through fetch so the UI can show progress and the server's errors. */
import type { Query } from '@/api/core/common'
import { baseHeaders, buildUrl, errorFromBody, networkError, reportError } from './request'

/** Reads the file name from Content-Disposition, preferring RFC 5987 `filename*=UTF-8''…`. */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''))
    } catch {
      /* fall through to the plain form */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header)
  return plain ? plain[1].trim() : fallback
}

export async function downloadFile(
  path: string,
  query: Query | undefined,
  fallbackName: string,
  onProgress?: (loadedBytes: number, percent: number | null) => void,
): Promise<void> {
  let res: Response
  try {
    res = await fetch(buildUrl(path, query), { headers: baseHeaders('GET'), credentials: 'same-origin' })
  } catch {
    const err = networkError()
    reportError(err)
    throw err
  }
  if (!res.ok) {
    const err = errorFromBody(res.status, await res.text())
    reportError(err)
    throw err
  }
  const total = Number(res.headers.get('Content-Length')) || 0
  const chunks: BlobPart[] = []
  let loaded = 0
  if (res.body) {
    const reader = res.body.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      loaded += value.byteLength
      onProgress?.(loaded, total ? Math.round((loaded / total) * 100) : null)
    }
  } else {
    chunks.push(await res.arrayBuffer())
  }
  const blob = new Blob(chunks, { type: res.headers.get('Content-Type') || 'application/octet-stream' })
  saveBlob(blob, filenameFromDisposition(res.headers.get('Content-Disposition'), fallbackName))
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
