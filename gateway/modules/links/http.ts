import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { Config } from '../../config'
import type { DB } from '../../db/database'
import { refuse } from '../../http/plain-endpoint'
import { isId } from '../../lib/ids'
import type { Platform } from '../../platform'
import { CODE_PATTERN } from './codes'
import { LANDING_PAGE, checkPosterSignature, posterPng, type PosterKind } from './service'

// GET /s/<code>: a QR link's target; sent on to the H5 landing page, which asks what the code
// names. GET /posters/<kind>/<id>.png?exp&sig: a poster, for whoever holds the signed link.

export function redirectShortLink(url: URL, res: ServerResponse): void {
  const code = url.pathname.slice('/s/'.length)
  if (!CODE_PATTERN.test(code)) return refuse(res, 404, 'NOT_FOUND', '二维码已失效')
  res.writeHead(302, { location: `/#/${LANDING_PAGE}?scene=${code}`, 'cache-control': 'no-store' })
  res.end()
}

const POSTER_PATH = /^\/posters\/(notice|proposal|activity)\/([0-9a-f-]{36})\.png$/

export async function handlePoster(ctx: { db: DB; config: Config; log: Logger; platform: Platform; origin: string }, url: URL, res: ServerResponse): Promise<void> {
  const match = POSTER_PATH.exec(url.pathname)
  if (!match || !isId(match[2])) return refuse(res, 404, 'NOT_FOUND', '海报不存在')
  const kind = match[1].toUpperCase() as PosterKind
  const id = match[2]
  if (!checkPosterSignature(ctx.config.media.signingSecret, kind, id, url.searchParams.get('exp'), url.searchParams.get('sig'))) return refuse(res, 403, 'FORBIDDEN', '海报链接无效或已过期,请在小程序里重新生成')
  const png = await posterPng(ctx.db, ctx.platform.wechat, ctx.log, ctx.origin, kind, id)
  if (!png) return refuse(res, 404, 'NOT_FOUND', '海报对应的内容不存在或已删除')
  res.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length, 'cache-control': 'private, no-store', 'content-disposition': `inline; filename="poster-${kind.toLowerCase()}.png"` })
  res.end(png)
}

export const isPosterRequest = (req: IncomingMessage, url: URL) => req.method === 'GET' && url.pathname.startsWith('/posters/')
