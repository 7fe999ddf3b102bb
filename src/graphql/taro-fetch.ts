import Taro from '@tarojs/taro'

// A fetch for Apollo's HttpLink built on Taro.request: the mini-program has no fetch, and going
// through Taro.request on H5 too keeps one transport for both targets.

/** The part of Taro.request's options this adapter uses (the shape of wx.request's). */
export interface TaroRequestOptions {
  url: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS' | 'HEAD'
  header: Record<string, string>
  data?: string
  dataType: 'text'
  responseType: 'text'
  timeout: number
}

/** The part of Taro.request's success result this adapter reads. */
export interface TaroRequestResult {
  statusCode: number
  header?: Record<string, string | string[] | undefined>
  data: unknown
}

export type TaroRequestFn = (options: TaroRequestOptions) => PromiseLike<TaroRequestResult>

/** What the adapter resolves to: the members of a fetch Response that Apollo reads. */
export interface TaroFetchResponse {
  ok: boolean
  status: number
  statusText: string
  headers: { get(name: string): string | null; has(name: string): boolean }
  text(): Promise<string>
  json(): Promise<unknown>
}

export const REQUEST_TIMEOUT_MS = 15_000

interface IterableHeaders {
  forEach(cb: (value: string, key: string) => void): void
}
type HeadersLike = Record<string, string> | Array<[string, string]> | IterableHeaders

function isIterableHeaders(headers: HeadersLike): headers is IterableHeaders {
  return typeof (headers as Partial<IterableHeaders>).forEach === 'function'
}

function toHeaderRecord(headers: HeadersLike | undefined): Record<string, string> {
  const record: Record<string, string> = {}
  if (!headers) return record
  if (Array.isArray(headers)) {
    for (const [key, value] of headers) record[key] = value
  } else if (isIterableHeaders(headers)) {
    headers.forEach((value, key) => {
      record[key] = value
    })
  } else {
    Object.assign(record, headers)
  }
  return record
}

function bodyText(data: unknown): string {
  if (typeof data === 'string') return data
  if (data === undefined || data === null) return ''
  // Some runtimes parse JSON despite dataType 'text'; give Apollo back the text it expects.
  return JSON.stringify(data)
}

function toResponse(result: TaroRequestResult): TaroFetchResponse {
  const header = result.header ?? {}
  const lookup = (name: string): string | null => {
    const wanted = name.toLowerCase()
    const key = Object.keys(header).find((k) => k.toLowerCase() === wanted)
    const value = key === undefined ? undefined : header[key]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
  const text = bodyText(result.data)
  return {
    ok: result.statusCode >= 200 && result.statusCode < 300,
    status: result.statusCode,
    statusText: String(result.statusCode),
    headers: { get: lookup, has: (name) => lookup(name) !== null },
    text: () => Promise.resolve(text),
    json: () => Promise.resolve().then(() => JSON.parse(text) as unknown),
  }
}

function failureMessage(error: unknown): string {
  if (error && typeof error === 'object') {
    const { errMsg, message } = error as { errMsg?: unknown; message?: unknown }
    if (typeof errMsg === 'string') return errMsg
    if (typeof message === 'string') return message
  }
  return String(error)
}

// Looked up at call time so the platform's Taro.request (wx.request in the mini-program) is used.
// The cast narrows Taro's wide overloads to the one call shape built above.
const requestThroughTaro: TaroRequestFn = (options) =>
  (Taro.request as unknown as TaroRequestFn)(options)

/**
 * A fetch-compatible function over `request` (Taro.request by default). It resolves for any
 * HTTP status, as fetch does, and rejects with a TypeError only when no response arrived.
 */
export function createTaroFetch(request: TaroRequestFn = requestThroughTaro) {
  return async function taroFetch(
    input: string | { url: string } | URL,
    init: { method?: string; headers?: HeadersLike; body?: unknown } = {},
  ): Promise<TaroFetchResponse> {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const method = (init.method ?? 'GET').toUpperCase() as TaroRequestOptions['method']
    const options: TaroRequestOptions = {
      url,
      method,
      header: toHeaderRecord(init.headers),
      dataType: 'text',
      responseType: 'text',
      timeout: REQUEST_TIMEOUT_MS,
    }
    if (init.body !== undefined && init.body !== null) options.data = String(init.body)
    let result: TaroRequestResult
    try {
      result = await request(options)
    } catch (error) {
      throw new TypeError(`Network request failed: ${failureMessage(error)}`)
    }
    return toResponse(result)
  }
}

export const taroFetch = createTaroFetch()
