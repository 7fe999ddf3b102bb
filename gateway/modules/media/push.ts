import type { IncomingMessage, ServerResponse } from 'node:http'
import type { GatewayContext } from '../../context'
import { answerUrlCheck, openPushMessage, type PushSettings } from '../../platform/wechat-push'
import { applyCheckResult, type WeChatSuggest } from './check'

// GET/POST /wechat/push: the URL configured as the mini-program's message push (消息推送) server.
// The only event acted on is wxa_media_check, WeChat's result for an image sent to mediaCheckAsync.

type Deps = Pick<GatewayContext, 'db' | 'config' | 'log'>

const MAX_PUSH_BYTES = 64 * 1024

function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

async function readText(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += bytes.length
    if (size > MAX_PUSH_BYTES) return null
    chunks.push(bytes)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const SUGGESTS: readonly WeChatSuggest[] = ['pass', 'review', 'risky']

/** result.suggest of a wxa_media_check event, when it is one WeChat documents. */
function suggestOf(result: unknown): WeChatSuggest | null {
  const given = result && typeof result === 'object' && 'suggest' in result ? result.suggest : undefined
  return SUGGESTS.find((s) => s === given) ?? null
}

/** Verifies WeChat's signature (and decrypts in safe mode) before anything is read; 403 for anyone else. */
export async function handleWeChatPush(deps: Deps, req: IncomingMessage, url: URL, res: ServerResponse): Promise<void> {
  const { appId, pushToken, pushAesKey } = deps.config.wechat
  if (!appId || !pushToken) return answer(res, 404, 'Not found')
  const settings: PushSettings = { token: pushToken, aesKey: pushAesKey, appId }
  if (req.method === 'GET') {
    const echo = answerUrlCheck(settings, url.searchParams)
    return echo === null ? answer(res, 403, 'bad signature') : answer(res, 200, echo)
  }
  if (req.method !== 'POST') return answer(res, 405, 'method not allowed')
  const body = await readText(req)
  if (body === null) return answer(res, 413, 'too large')
  const message = openPushMessage(settings, url.searchParams, body)
  if (!message) {
    deps.log.warn({ path: url.pathname }, 'WeChat push refused: bad signature or body')
    return answer(res, 403, 'bad signature')
  }
  if (message.Event === 'wxa_media_check' && (message.appid === undefined || message.appid === appId)) {
    const traceId = message.trace_id
    const suggest = suggestOf(message.result)
    if (typeof traceId === 'string' && suggest) {
      const status = await applyCheckResult(deps.db, traceId, suggest)
      deps.log.info({ traceId, suggest, status }, 'WeChat media check result')
    } else {
      deps.log.warn({ traceId }, 'WeChat media check event without trace_id or suggest')
    }
  }
  // WeChat retries until it reads "success" (or an empty answer).
  answer(res, 200, 'success')
}
