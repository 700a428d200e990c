import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, configureRequest, errorFromBody, http, setCsrfToken } from './request'

const envelope = {
  code: 'validation_failed',
  message: 'uscc: check character mismatch',
  message_zh: '统一社会信用代码：校验位错误',
  errors: [
    { field: 'uscc', rule: 'uscc_check_char', message: 'check character mismatch', message_zh: '校验位错误' },
    { field: 'uscc', rule: 'other', message: 'second', message_zh: '第二条' },
    { field: 'name', rule: 'required', message: 'required' },
  ],
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })
}

describe('ApiError', () => {
  it('parses the error envelope', () => {
    const e = errorFromBody(422, JSON.stringify(envelope))
    expect(e).toBeInstanceOf(ApiError)
    expect(e.status).toBe(422)
    expect(e.code).toBe('validation_failed')
    expect(e.hasRule('uscc_check_char')).toBe(true)
    expect(e.hasRule('charset')).toBe(false)
  })

  it('localizes the message and field errors, first message per field', () => {
    const e = errorFromBody(422, JSON.stringify(envelope))
    expect(e.localized('zh-CN')).toBe('统一社会信用代码：校验位错误')
    expect(e.localized('en')).toBe('check character mismatch')
    expect(e.fieldErrors('zh-CN')).toEqual({ uscc: '校验位错误', name: 'required' })
    expect(e.fieldErrors('en')).toEqual({ uscc: 'check character mismatch', name: 'required' })
  })

  it('never shows a raw API field name in Chinese: a label, or the message alone', () => {
    const body = (field: string, zh: string) =>
      JSON.stringify({ code: 'validation_failed', message: `${field}: x`, message_zh: `${field}：${zh}`, errors: [{ field, rule: 'r', message: 'x', message_zh: zh }] })
    configureRequest({ fieldLabel: (f) => (f === 'title' ? '标题' : '') })
    expect(errorFromBody(422, body('title', '不能包含控制字符（发现 U+0000）')).localized('zh-CN')).toBe('标题：不能包含控制字符（发现 U+0000）')
    expect(errorFromBody(422, body('body', '文件内容与声明的类型不符')).localized('zh-CN')).toBe('文件内容与声明的类型不符')
    expect(errorFromBody(422, body('second_person.username', '在请求中重复出现')).localized('zh-CN')).toBe('在请求中重复出现')
    expect(errorFromBody(422, body('title', 'x')).localized('en')).toBe('标题: x')
    expect(errorFromBody(422, body('lines[0].codes[2]', 'x')).localized('en')).toBe('x')
    configureRequest({ fieldLabel: () => '' })
  })

  it('copes with a non-JSON body', () => {
    const e = errorFromBody(502, '<html>Bad gateway</html>')
    expect(e.code).toBe('internal')
    expect(e.errors).toEqual([])
    expect(errorFromBody(423, '').code).toBe('locked')
  })
})

describe('buildUrl', () => {
  it('prefixes the API base and drops empty values', () => {
    expect(buildUrl('/enterprises', { q: '', region_code: '370883', page: 1, sort: undefined, x: null })).toBe('/api/v1/enterprises?region_code=370883&page=1')
    expect(buildUrl('/api/v1/files/3')).toBe('/api/v1/files/3')
    expect(buildUrl('/x', { ids: [1, 2] })).toBe('/api/v1/x?ids=1&ids=2')
    expect(buildUrl('/x', { q: '邹城' })).toBe('/api/v1/x?q=%E9%82%B9%E5%9F%8E')
  })
})

describe('request', () => {
  const notify = vi.fn()
  const onUnauthorized = vi.fn()
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    notify.mockReset()
    onUnauthorized.mockReset()
    fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    configureRequest({ getLocale: () => 'zh-CN', notify, onUnauthorized })
    setCsrfToken('tok-123')
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
  })

  it('sends credentials and the CSRF header only on non-GET requests', async () => {
    fetchMock.mockImplementation(async () => jsonResponse(200, { ok: 1 }))
    await http.get('/a')
    await http.post('/b', { x: 1 })
    const [getUrl, getInit] = fetchMock.mock.calls[0]
    const [postUrl, postInit] = fetchMock.mock.calls[1]
    expect(getUrl).toBe('/api/v1/a')
    expect(getInit.credentials).toBe('same-origin')
    expect(getInit.headers['X-CSRF-Token']).toBeUndefined()
    expect(postUrl).toBe('/api/v1/b')
    expect(postInit.headers['X-CSRF-Token']).toBe('tok-123')
    expect(postInit.headers['Content-Type']).toBe('application/json')
    expect(postInit.body).toBe('{"x":1}')
  })

  it('returns undefined for 204', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }))
    await expect(http.post('/auth/logout')).resolves.toBeUndefined()
  })

  it('shows the Chinese server message and rejects with ApiError', async () => {
    fetchMock.mockResolvedValue(jsonResponse(422, envelope))
    const err = (await http.put('/enterprises/1', {}).catch((e: unknown) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.errors).toHaveLength(3)
    expect(notify).toHaveBeenCalledWith('统一社会信用代码：校验位错误')
  })

  it('stays quiet when asked to', async () => {
    fetchMock.mockResolvedValue(jsonResponse(409, { code: 'conflict', message: 'dup' }))
    await expect(http.post('/x', {}, { silent: true })).rejects.toBeInstanceOf(ApiError)
    expect(notify).not.toHaveBeenCalled()
  })

  it('redirects on 401 instead of showing a message', async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { code: 'unauthenticated', message: 'login required' }))
    await expect(http.get('/dashboard')).rejects.toMatchObject({ status: 401 })
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    expect(notify).not.toHaveBeenCalled()
  })

  it('sends an account that must change its password to the password page', async () => {
    const onPasswordChangeRequired = vi.fn()
    configureRequest({ onPasswordChangeRequired })
    fetchMock.mockResolvedValue(jsonResponse(403, {
      code: 'forbidden', message: 'change your password first', message_zh: '请先修改密码：该账号须设置新密码后才能继续使用系统',
      errors: [{ field: '', rule: 'password_change_required', message: 'change your password first', message_zh: '请先修改密码' }],
    }))
    await expect(http.get('/notifications')).rejects.toMatchObject({ status: 403 })
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1)
    expect(notify).toHaveBeenCalledWith('请先修改密码：该账号须设置新密码后才能继续使用系统')
    fetchMock.mockResolvedValue(jsonResponse(403, { code: 'forbidden', message: 'no', message_zh: '无权执行此操作' }))
    await expect(http.get('/x')).rejects.toMatchObject({ status: 403 })
    expect(onPasswordChangeRequired).toHaveBeenCalledTimes(1)
    configureRequest({ onPasswordChangeRequired: () => {} })
  })

  it('does not redirect for the login call itself', async () => {
    fetchMock.mockResolvedValue(jsonResponse(401, { code: 'unauthenticated', message: 'bad credentials', message_zh: '用户名或密码错误' }))
    const err = (await http.post('/auth/login', {}, { silent: true, skipAuthRedirect: true }).catch((e: unknown) => e)) as ApiError
    expect(err.localized('zh-CN')).toBe('用户名或密码错误')
    expect(onUnauthorized).not.toHaveBeenCalled()
  })

  it('turns a network failure into an ApiError with status 0', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'))
    const err = (await http.get('/x').catch((e: unknown) => e)) as ApiError
    expect(err).toBeInstanceOf(ApiError)
    expect(err.status).toBe(0)
    expect(notify).toHaveBeenCalledTimes(1)
  })
})
