import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A local stand-in for api.weixin.qq.com: the endpoints the gateway calls, answering the way
// WeChat documents them (HTTP 200 with errcode in the body), and recording every request.

export interface RecordedRequest { method: string; path: string; query: Record<string, string>; body: any }

export interface FakeWeChatOptions {
  appId: string
  secret: string
  /** js_code → the openid code2Session answers, or a WeChat errcode; 'hang' never answers. */
  codes?: Record<string, { openid: string } | { errcode: number } | 'hang'>
  /** Text msgSecCheck calls risky (or review); everything else passes. */
  risky?: string[]
  review?: string[]
  /** openid → errcode subscribe/send answers for it (e.g. 43101: the user did not subscribe). */
  subscribeErrors?: Record<string, number>
}

export interface FakeWeChat {
  /** The base URL to give the gateway as WECHAT_API_BASE. */
  url: string
  requests: RecordedRequest[]
  requestsTo(path: string): RecordedRequest[]
  /** Env for startGateway: appid, secret and base URL pointing here. */
  env: Record<string, string>
  close(): Promise<void>
}

export async function startFakeWeChat(options: FakeWeChatOptions): Promise<FakeWeChat> {
  const requests: RecordedRequest[] = []
  const tokens = new Set<string>()
  const reply = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const tokenOk = (query: Record<string, string>) => tokens.has(query.access_token ?? '')

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake')
    const query = Object.fromEntries(url.searchParams)
    let raw = ''
    for await (const chunk of req) raw += String(chunk)
    const body = raw ? JSON.parse(raw) : null
    requests.push({ method: req.method ?? '', path: url.pathname, query, body })

    if (req.method === 'GET' && url.pathname === '/sns/jscode2session') {
      if (query.appid !== options.appId || query.secret !== options.secret) return reply(res, { errcode: 40013, errmsg: 'invalid appid' })
      if (query.grant_type !== 'authorization_code') return reply(res, { errcode: 40002, errmsg: 'invalid grant_type' })
      const outcome = options.codes?.[query.js_code ?? '']
      if (outcome === 'hang') return // never answers: the gateway's timeout must end the wait
      if (!outcome) return reply(res, { errcode: 40029, errmsg: 'invalid code' })
      if ('errcode' in outcome) return reply(res, { errcode: outcome.errcode, errmsg: `error ${outcome.errcode}` })
      return reply(res, { openid: outcome.openid, session_key: randomBytes(16).toString('base64') })
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/stable_token') {
      if (body?.appid !== options.appId || body?.secret !== options.secret) return reply(res, { errcode: 40013, errmsg: 'invalid appid' })
      const token = randomBytes(24).toString('hex')
      tokens.add(token)
      return reply(res, { access_token: token, expires_in: 7200 })
    }
    if (req.method === 'POST' && url.pathname === '/wxa/msg_sec_check') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      const content = String(body?.content ?? '')
      const suggest = options.risky?.includes(content) ? 'risky' : options.review?.includes(content) ? 'review' : 'pass'
      return reply(res, { errcode: 0, errmsg: 'ok', result: { suggest, label: suggest === 'pass' ? 100 : 20001 }, detail: [] })
    }
    if (req.method === 'POST' && url.pathname === '/cgi-bin/message/subscribe/send') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      const errcode = options.subscribeErrors?.[String(body?.touser)]
      return reply(res, errcode ? { errcode, errmsg: `error ${errcode}` } : { errcode: 0, errmsg: 'ok' })
    }
    if (req.method === 'POST' && url.pathname === '/wxa/generate_urllink') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      if (!String(body?.path ?? '')) return reply(res, { errcode: 40165, errmsg: 'invalid weapp pagepath' })
      return reply(res, { errcode: 0, errmsg: 'ok', url_link: `https://wxaurl.cn/${randomBytes(6).toString('hex')}` })
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    env: { WECHAT_APPID: options.appId, WECHAT_SECRET: options.secret, WECHAT_API_BASE: url },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections() // including the ones left hanging on purpose
      }),
  }
}
