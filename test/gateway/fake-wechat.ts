import { createCipheriv, createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { qrSvg } from '../../gateway/modules/links/qr'
import sharp from 'sharp'

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
  /** How long subscribe/send takes to answer (a slow WeChat keeps deliveries in flight; default 0). */
  subscribeDelayMs?: number
  /** The verdict of media_check_async for an image WeChat fetched (default: pass). */
  mediaVerdict?: (image: Buffer) => 'pass' | 'review' | 'risky' | Promise<'pass' | 'review' | 'risky'>
  /** Push in safe mode (安全模式): AES-encrypted bodies with msg_signature, as WeChat does when an EncodingAESKey is set. */
  safeMode?: boolean
  /** getwxacodeunlimit answers this errcode instead of an image (e.g. 41030: the page is not published). */
  wxacodeErrcode?: number
}

/**
 * What the fake draws for getwxacodeunlimit: WeChat's real code is a round 小程序码 no QR reader
 * reads, so the fake answers a plain QR code of `wxacode:<page>?scene=<scene>` a test can decode.
 */
export const fakeWxacodeText = (page: string, scene: string) => `wxacode:${page}?scene=${scene}`

async function qrPng(text: string): Promise<Buffer> {
  return sharp(Buffer.from(qrSvg(text, 400))).png().toBuffer()
}

export interface MediaCheckRequest { traceId: string; mediaUrl: string; openid: string }

export interface PushedResult { traceId: string; fetchStatus: number; suggest: string; pushStatus: number; pushAnswer: string }

export interface FakeWeChat {
  /** The base URL to give the gateway as WECHAT_API_BASE. */
  url: string
  requests: RecordedRequest[]
  requestsTo(path: string): RecordedRequest[]
  /** Env for startGateway: appid, secret, message-push token (and AES key in safe mode) and base URL pointing here. */
  env: Record<string, string>
  /** media_check_async requests not yet answered by a pushed result. */
  pendingMediaChecks: MediaCheckRequest[]
  /**
   * Does what WeChat does after media_check_async: fetches each pending image from its media_url,
   * judges it, and pushes a signed wxa_media_check event to `gatewayUrl`/wechat/push.
   */
  pushMediaCheckResults(gatewayUrl: string): Promise<PushedResult[]>
  /** The next `count` media_check_async calls answer errcode -1 (system busy), as WeChat does under load. */
  failMediaChecks(count: number): void
  /** The next `count` subscribe/send calls answer `errcode` (default -1, system busy) whoever they are for. */
  failSubscribes(count: number, errcode?: number): void
  /** From now on subscribe/send answers after `ms` (a slow WeChat keeps deliveries in flight). */
  delaySubscribes(ms: number): void
  close(): Promise<void>
}

export async function startFakeWeChat(options: FakeWeChatOptions): Promise<FakeWeChat> {
  const requests: RecordedRequest[] = []
  const tokens = new Set<string>()
  const pendingMediaChecks: MediaCheckRequest[] = []
  let mediaCheckFailures = 0
  let subscribeFailures = { count: 0, errcode: -1 }
  let subscribeDelayMs = options.subscribeDelayMs ?? 0
  const pushToken = randomBytes(12).toString('hex')
  const aesKey = randomBytes(32).toString('base64').replace(/=+$/, '').replace(/[+/]/g, 'A').slice(0, 43)
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
      if (subscribeDelayMs) await new Promise((resolve) => setTimeout(resolve, subscribeDelayMs))
      if (subscribeFailures.count > 0) {
        subscribeFailures.count--
        return reply(res, { errcode: subscribeFailures.errcode, errmsg: 'system error' })
      }
      const errcode = options.subscribeErrors?.[String(body?.touser)]
      return reply(res, errcode ? { errcode, errmsg: `error ${errcode}` } : { errcode: 0, errmsg: 'ok' })
    }
    if (req.method === 'POST' && url.pathname === '/wxa/generate_urllink') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      if (!String(body?.path ?? '')) return reply(res, { errcode: 40165, errmsg: 'invalid weapp pagepath' })
      return reply(res, { errcode: 0, errmsg: 'ok', url_link: `https://wxaurl.cn/${randomBytes(6).toString('hex')}` })
    }
    if (req.method === 'POST' && url.pathname === '/wxa/getwxacodeunlimit') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      const scene = String(body?.scene ?? '')
      if (!/^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/.test(scene)) return reply(res, { errcode: 40129, errmsg: 'invalid scene' })
      if (options.wxacodeErrcode) return reply(res, { errcode: options.wxacodeErrcode, errmsg: `error ${options.wxacodeErrcode}` })
      const image = await qrPng(fakeWxacodeText(String(body?.page ?? ''), scene))
      res.writeHead(200, { 'content-type': 'image/png' })
      return res.end(image)
    }
    if (req.method === 'POST' && url.pathname === '/wxa/media_check_async') {
      if (!tokenOk(query)) return reply(res, { errcode: 40001, errmsg: 'invalid credential' })
      if (typeof body?.media_url !== 'string' || !/^https?:\/\//.test(body.media_url)) return reply(res, { errcode: 40097, errmsg: 'invalid media_url' })
      if (body?.media_type !== 2 || body?.version !== 2 || typeof body?.openid !== 'string' || !body.openid) return reply(res, { errcode: 40097, errmsg: 'invalid args' })
      if (mediaCheckFailures > 0) {
        mediaCheckFailures--
        return reply(res, { errcode: -1, errmsg: 'system error' })
      }
      const traceId = `${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`
      pendingMediaChecks.push({ traceId, mediaUrl: body.media_url, openid: body.openid })
      return reply(res, { errcode: 0, errmsg: 'ok', trace_id: traceId })
    }
    res.writeHead(404).end()
  })

  // Signs (and in safe mode encrypts) a push the way WeChat documents it.
  const sha1 = (...parts: string[]) => createHash('sha1').update([...parts].sort().join('')).digest('hex')
  const seal = (message: object): { query: URLSearchParams; body: string } => {
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = randomBytes(6).toString('hex')
    const query = new URLSearchParams({ signature: sha1(pushToken, timestamp, nonce), timestamp, nonce })
    if (!options.safeMode) return { query, body: JSON.stringify(message) }
    const key = Buffer.from(`${aesKey}=`, 'base64')
    const text = Buffer.from(JSON.stringify(message))
    const length = Buffer.alloc(4)
    length.writeUInt32BE(text.length)
    const plain = Buffer.concat([randomBytes(16), length, text, Buffer.from(options.appId)])
    const pad = 32 - (plain.length % 32)
    const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16))
    cipher.setAutoPadding(false)
    const encrypted = Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64')
    query.set('encrypt_type', 'aes')
    query.set('msg_signature', sha1(pushToken, timestamp, nonce, encrypted))
    return { query, body: JSON.stringify({ ToUserName: 'gh_linli', Encrypt: encrypted }) }
  }

  const pushMediaCheckResults = async (gatewayUrl: string): Promise<PushedResult[]> => {
    const results: PushedResult[] = []
    for (const check of pendingMediaChecks.splice(0)) {
      const image = await fetch(check.mediaUrl)
      const bytes = Buffer.from(await image.arrayBuffer())
      // WeChat judges what it could download; when the download fails its event carries an errcode and no result.
      const suggest = image.ok ? ((await options.mediaVerdict?.(bytes)) ?? 'pass') : 'pass'
      const event = {
        ToUserName: 'gh_linli', FromUserName: check.openid, CreateTime: Math.floor(Date.now() / 1000), MsgType: 'event', Event: 'wxa_media_check',
        appid: options.appId, trace_id: check.traceId, version: 2,
        detail: [{ strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20002, prob: 90 }],
        errcode: image.ok ? 0 : 40097, errmsg: image.ok ? 'ok' : 'media fetch failed',
        ...(image.ok ? { result: { suggest, label: suggest === 'pass' ? 100 : 20002 } } : {}),
      }
      const { query, body } = seal(event)
      const pushed = await fetch(`${gatewayUrl}/wechat/push?${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      results.push({ traceId: check.traceId, fetchStatus: image.status, suggest, pushStatus: pushed.status, pushAnswer: await pushed.text() })
    }
    return results
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    env: { WECHAT_APPID: options.appId, WECHAT_SECRET: options.secret, WECHAT_API_BASE: url, WECHAT_PUSH_TOKEN: pushToken, ...(options.safeMode ? { WECHAT_PUSH_AES_KEY: aesKey } : {}) },
    pendingMediaChecks,
    pushMediaCheckResults,
    failMediaChecks: (count) => {
      mediaCheckFailures = count
    },
    failSubscribes: (count, errcode = -1) => {
      subscribeFailures = { count, errcode }
    },
    delaySubscribes: (ms) => {
      subscribeDelayMs = ms
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections() // including the ones left hanging on purpose
      }),
  }
}
