/**
 * The single HTTP client of the UI. It sends the session cookie, adds the CSRF header on
 * non-GET requests, turns the server's error envelope into an ApiError, shows its message
 * (in the UI language) and sends the user to the login page on 401.
 */
import type { ErrorBody, FieldError, Query } from '@/api/core/common'

export const API_BASE = '/api/v1'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly messageZh: string
  readonly errors: FieldError[]

  constructor(status: number, body: ErrorBody) {
    super(body.message || body.code || `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.code = body.code || 'internal'
    this.messageZh = body.message_zh || ''
    this.errors = Array.isArray(body.errors) ? body.errors : []
  }

  /**
   * The message in the UI language: `message_zh` for Chinese when present, `message` otherwise.
   * The server starts a 422 message with the first field's API path ("lines[0].codes[2]：…");
   * that path becomes its label (`fieldPathLabel`: "第1行第3个编码：…") or is left out — never shown raw.
   */
  localized(locale: string): string {
    const zh = locale.startsWith('zh') && !!this.messageZh
    const text = zh ? this.messageZh : this.message
    const field = this.errors[0]?.field
    const sep = zh ? '：' : ': '
    if (field && text.startsWith(`${field}${sep}`)) {
      const rest = text.slice(field.length + sep.length)
      const label = hooks.fieldLabel(field)
      return label ? `${label}${sep}${rest}` : rest
    }
    return text
  }

  /** First error message per field, in the UI language, for el-form-item `error` props. */
  fieldErrors(locale: string): Record<string, string> {
    const out: Record<string, string> = {}
    for (const e of this.errors) {
      if (!e.field || out[e.field]) continue
      out[e.field] = locale.startsWith('zh') && e.message_zh ? e.message_zh : e.message
    }
    return out
  }

  /** Every violation as a person reads it: where (第1行第3个编码) and what, in the UI language. */
  violations(locale: string): { field: string; where: string; message: string; rule: string }[] {
    return this.errors.map((e) => ({
      field: e.field || '',
      where: e.field ? hooks.fieldLabel(e.field) : '',
      message: locale.startsWith('zh') && e.message_zh ? e.message_zh : e.message,
      rule: e.rule,
    }))
  }

  hasRule(rule: string): boolean {
    return this.errors.some((e) => e.rule === rule)
  }
}

export interface RequestHooks {
  getLocale: () => string
  translate: (key: string) => string
  notify: (message: string) => void
  onUnauthorized: () => void
  /** A 403 because the account must change its password first: go to the password page. */
  onPasswordChangeRequired: () => void
  /** The label of an API field path in the UI language (`fieldPathLabel`), or '' when the UI has none. */
  fieldLabel: (field: string) => string
}

const hooks: RequestHooks = {
  getLocale: () => 'zh-CN',
  translate: (key) => key,
  notify: () => {},
  onUnauthorized: () => {},
  onPasswordChangeRequired: () => {},
  fieldLabel: () => '',
}

export function configureRequest(h: Partial<RequestHooks>): void {
  Object.assign(hooks, h)
}

/** The label of an API field path in the UI language ('' when unknown): the one mapping every form uses. */
export function errorFieldLabel(field: string): string {
  return field ? hooks.fieldLabel(field) : ''
}

export function currentLocale(): string {
  return hooks.getLocale()
}

let csrfToken = ''

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token || ''
}

export function getCsrfToken(): string {
  return csrfToken
}

/** Builds `/api/v1<path>?query`, leaving out empty values and repeating array values. */
export function buildUrl(path: string, query?: Query): string {
  const url = path.startsWith('/api/') ? path : API_BASE + path
  if (!query) return url
  const params = new URLSearchParams()
  for (const [key, raw] of Object.entries(query)) {
    const values = Array.isArray(raw) ? raw : [raw]
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue
      params.append(key, String(v))
    }
  }
  const qs = params.toString()
  return qs ? `${url}?${qs}` : url
}

/** Turns a failed response body into an ApiError, whether or not it is the JSON envelope. */
export function errorFromBody(status: number, text: string): ApiError {
  let body: ErrorBody | null = null
  try {
    const parsed = JSON.parse(text)
    if (parsed && typeof parsed === 'object' && ('code' in parsed || 'message' in parsed)) body = parsed
  } catch {
    body = null
  }
  if (!body) body = { code: codeForStatus(status), message: text.trim().slice(0, 200) || `HTTP ${status}` }
  return new ApiError(status, body)
}

export function codeForStatus(status: number): string {
  const codes: Record<number, string> = {
    400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'conflict',
    413: 'payload_too_large', 422: 'validation_failed', 423: 'locked', 429: 'rate_limited',
  }
  return codes[status] || 'internal'
}

export function networkError(): ApiError {
  return new ApiError(0, { code: 'network', message: hooks.translate('error.network'), message_zh: hooks.translate('error.network') })
}

export interface ErrorHandling {
  /** Do not show a message: the caller displays the error itself. */
  silent?: boolean
  /** Do not send the user to the login page on 401 (login, session probe). */
  skipAuthRedirect?: boolean
}

/** Shows the error and performs the 401 redirect; shared by fetch, upload and download paths. */
export function reportError(err: ApiError, opts: ErrorHandling = {}): void {
  if (err.status === 401 && !opts.skipAuthRedirect) {
    hooks.onUnauthorized()
    return
  }
  if (err.status === 403 && err.hasRule('password_change_required')) hooks.onPasswordChangeRequired()
  if (!opts.silent) hooks.notify(err.localized(hooks.getLocale()))
}

export function baseHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  const lang = hooks.getLocale()
  headers['Accept-Language'] = lang.startsWith('zh') ? 'zh-CN' : 'en'
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  return headers
}

export interface RequestOptions extends ErrorHandling {
  query?: Query
  body?: unknown
  headers?: Record<string, string>
  signal?: AbortSignal
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers = { ...baseHeaders(method), ...opts.headers }
  let body: BodyInit | undefined
  if (opts.body instanceof Blob) {
    body = opts.body
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.body)
  }
  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e
    const err = networkError()
    reportError(err, opts)
    throw err
  }
  if (!res.ok) {
    const err = errorFromBody(res.status, await res.text())
    reportError(err, opts)
    throw err
  }
  if (res.status === 204) return undefined as T
  const text = await res.text()
  return (text ? JSON.parse(text) : undefined) as T
}

export const http = {
  get: <T>(path: string, query?: Query, opts: RequestOptions = {}) => request<T>('GET', path, { ...opts, query }),
  post: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts: RequestOptions = {}) => request<T>('PUT', path, { ...opts, body }),
  delete: <T>(path: string, opts: RequestOptions = {}) => request<T>('DELETE', path, opts),
}
