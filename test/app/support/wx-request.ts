import http from 'node:http'
import https from 'node:https'

// wx.request as WeChat defines it (callbacks, errMsg strings, `dataType: 'json'` parsing),
// performed with node's http. The weapp runtime harness hands this to the bundle as wx.request;
// the app tests wrap it in a promise the way Taro.request wraps wx.request.

export interface WxRequestOptions {
  url: string
  method?: string
  header?: Record<string, string>
  data?: unknown
  dataType?: string
  responseType?: string
  timeout?: number
  success?: (result: WxRequestSuccess) => void
  fail?: (error: { errMsg: string }) => void
  complete?: (result: unknown) => void
}

export interface WxRequestSuccess {
  data: unknown
  statusCode: number
  header: Record<string, string>
  cookies: string[]
  errMsg: 'request:ok'
}

export interface WxRequestTask {
  abort(): void
}

/** Every request made, for tests that check what the app sent. */
export interface RecordedRequest {
  url: string
  method: string
  header: Record<string, string>
  body: string
}

export function createWxRequest(record?: RecordedRequest[]) {
  return function request(options: WxRequestOptions): WxRequestTask {
    const method = (options.method ?? 'GET').toUpperCase()
    const header: Record<string, string> = { ...(options.header ?? {}) }
    let body = ''
    if (options.data !== undefined && method !== 'GET') {
      body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data)
      if (!Object.keys(header).some((k) => k.toLowerCase() === 'content-type')) header['content-type'] = 'application/json'
    }
    record?.push({ url: options.url, method, header, body })
    const url = new URL(options.url)
    const transport = url.protocol === 'https:' ? https : http
    const finish = (outcome: unknown) => options.complete?.(outcome)
    const req = transport.request(url, { method, headers: header, timeout: options.timeout ?? 60_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let data: unknown = text
        if ((options.dataType ?? 'json') === 'json') {
          try {
            data = JSON.parse(text)
          } catch {
            data = text
          }
        }
        const responseHeader: Record<string, string> = {}
        for (const [key, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeader[key] = Array.isArray(value) ? value.join(', ') : value
        }
        const result: WxRequestSuccess = {
          data,
          statusCode: res.statusCode ?? 0,
          header: responseHeader,
          cookies: [],
          errMsg: 'request:ok',
        }
        options.success?.(result)
        finish(result)
      })
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error) => {
      const failure = { errMsg: `request:fail ${error.message}` }
      options.fail?.(failure)
      finish(failure)
    })
    if (body) req.write(body)
    req.end()
    return { abort: () => req.destroy(new Error('abort')) }
  }
}

/** The promise form Taro.request gives over wx.request: resolves on success, rejects on fail. */
export function promisifyWxRequest(request: ReturnType<typeof createWxRequest>) {
  return (options: Omit<WxRequestOptions, 'success' | 'fail' | 'complete'>) =>
    new Promise<WxRequestSuccess>((resolve, reject) => {
      request({ ...options, success: resolve, fail: reject })
    })
}
