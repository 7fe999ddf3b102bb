import { GraphQLError } from 'graphql'
import { errors } from '../lib/errors'

export interface WeChatSession { openid: string; unionid?: string; sessionKey: string }
export interface SubscribeMessage { openid: string; templateId: string; page?: string; data: Record<string, { value: string }> }
export type SecCheckVerdict = 'pass' | 'review' | 'risky'

/** The part of WeChat's server API the gateway uses. The real one talks HTTP; tests point it at a local server. */
export interface WeChatApi {
  code2Session(code: string): Promise<WeChatSession>
  msgSecCheck(content: string, openid: string): Promise<SecCheckVerdict>
  sendSubscribeMessage(message: SubscribeMessage): Promise<void>
  /** A URL Link (https://wxaurl.cn/…) that opens the mini-program at `path?query` from outside WeChat. */
  generateUrlLink(path: string, query: string): Promise<string>
  /**
   * Asks WeChat to check the image at `mediaUrl` (which WeChat fetches itself); resolves to the
   * trace_id its result event (wxa_media_check, by message push) will carry.
   */
  mediaCheckAsync(mediaUrl: string, openid: string): Promise<string>
  /**
   * A mini-program code (wxacode.getUnlimited) opening `page` with `scene` (≤ 32 visible
   * characters) as its launch query: the image WeChat drew (PNG or JPEG bytes).
   */
  getUnlimitedCode(request: UnlimitedCodeRequest): Promise<Buffer>
}

export interface UnlimitedCodeRequest {
  scene: string
  /** A published page, without the leading slash. */
  page: string
  /** Side in pixels, 280–1280 (WeChat's default 430). */
  width?: number
  /** Which build the code opens: release, trial or develop. */
  envVersion?: 'release' | 'trial' | 'develop'
}

/** WeChat's rule for a scene: at most 32 of digits, letters and !#$&'()*+,/:;=?@-._~. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/

export interface WeChatHttpOptions { appId: string; secret: string; apiBase: string; timeoutMs: number }

interface WeChatReply { errcode?: number; errmsg?: string; [key: string]: unknown }

/** A WeChat API error the caller can branch on (errcode as WeChat sent it). */
export class WeChatError extends Error {
  constructor(readonly errcode: number, readonly errmsg: string) {
    super(`WeChat error ${errcode}: ${errmsg}`)
  }
}

/** Turns WeChat's sign-in error codes into errors a resident can act on. */
export function signInError(error: unknown): GraphQLError | unknown {
  if (!(error instanceof WeChatError)) return error
  switch (error.errcode) {
    case 40029:
    case 40163:
      return errors.badInput('微信登录凭证无效或已使用,请重新打开小程序', 'code')
    case 45011:
      return errors.rateLimited(60)
    case 40226:
      return errors.forbidden('该微信账号被微信判定为高风险,暂时无法登录')
    default:
      return error
  }
}

export class WeChatHttpClient implements WeChatApi {
  private token: { value: string; expiresAt: number } | null = null

  constructor(private readonly options: WeChatHttpOptions) {}

  private async call(pathAndQuery: string, body?: unknown): Promise<WeChatReply> {
    const response = await fetch(`${this.options.apiBase}${pathAndQuery}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    })
    if (!response.ok) throw new Error(`WeChat answered HTTP ${response.status} for ${pathAndQuery.split('?')[0]}`)
    const reply = (await response.json()) as WeChatReply
    if (reply.errcode && reply.errcode !== 0) throw new WeChatError(reply.errcode, String(reply.errmsg ?? ''))
    return reply
  }

  async code2Session(code: string): Promise<WeChatSession> {
    const q = new URLSearchParams({ appid: this.options.appId, secret: this.options.secret, js_code: code, grant_type: 'authorization_code' })
    const reply = await this.call(`/sns/jscode2session?${q}`)
    if (typeof reply.openid !== 'string') throw new Error('WeChat code2Session answered without openid')
    return { openid: reply.openid, unionid: typeof reply.unionid === 'string' ? reply.unionid : undefined, sessionKey: String(reply.session_key ?? '') }
  }

  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value
    const reply = await this.call('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: this.options.appId, secret: this.options.secret })
    const value = String(reply.access_token ?? '')
    const ttl = Number(reply.expires_in ?? 7200)
    this.token = { value, expiresAt: Date.now() + (ttl - 300) * 1000 }
    return value
  }

  async msgSecCheck(content: string, openid: string): Promise<SecCheckVerdict> {
    const token = await this.accessToken()
    const reply = await this.call(`/wxa/msg_sec_check?access_token=${encodeURIComponent(token)}`, { content, version: 2, scene: 2, openid })
    const suggest = (reply.result as { suggest?: string } | undefined)?.suggest
    return suggest === 'risky' || suggest === 'review' ? suggest : 'pass'
  }

  async sendSubscribeMessage(message: SubscribeMessage): Promise<void> {
    const token = await this.accessToken()
    await this.call(`/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
      touser: message.openid,
      template_id: message.templateId,
      page: message.page,
      data: message.data,
    })
  }

  async generateUrlLink(path: string, query: string): Promise<string> {
    const token = await this.accessToken()
    const reply = await this.call(`/wxa/generate_urllink?access_token=${encodeURIComponent(token)}`, { path, query, expire_type: 1, expire_interval: 30 })
    if (typeof reply.url_link !== 'string') throw new Error('WeChat generate_urllink answered without url_link')
    return reply.url_link
  }

  async getUnlimitedCode(request: UnlimitedCodeRequest): Promise<Buffer> {
    if (!SCENE_PATTERN.test(request.scene)) throw new Error(`"${request.scene}" is not a scene WeChat accepts (≤ 32 of its characters)`)
    const token = await this.accessToken()
    // The answer is the image itself; only a failure is JSON ({ errcode, errmsg }).
    const response = await fetch(`${this.options.apiBase}/wxa/getwxacodeunlimit?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scene: request.scene, page: request.page, width: request.width ?? 430, check_path: false, env_version: request.envVersion ?? 'release' }),
      signal: AbortSignal.timeout(this.options.timeoutMs),
    })
    if (!response.ok) throw new Error(`WeChat answered HTTP ${response.status} for /wxa/getwxacodeunlimit`)
    const bytes = Buffer.from(await response.arrayBuffer())
    if ((response.headers.get('content-type') ?? '').includes('json') || bytes[0] === 0x7b) {
      const reply = JSON.parse(bytes.toString('utf8')) as WeChatReply
      throw new WeChatError(Number(reply.errcode ?? -1), String(reply.errmsg ?? ''))
    }
    return bytes
  }

  async mediaCheckAsync(mediaUrl: string, openid: string): Promise<string> {
    const token = await this.accessToken()
    // media_type 2: image; scene 3: a forum-like place where neighbours read it.
    const reply = await this.call(`/wxa/media_check_async?access_token=${encodeURIComponent(token)}`, { media_url: mediaUrl, media_type: 2, version: 2, scene: 3, openid })
    if (typeof reply.trace_id !== 'string' || !reply.trace_id) throw new Error('WeChat media_check_async answered without trace_id')
    return reply.trace_id
  }
}
