import type { GatewayContext } from '../../context'
import type { MediaCheckStatus, MediaRow } from '../../db/tables'
import { nowIso } from '../../lib/ids'
import type { WeChatApi } from '../../platform/wechat'
import { notify } from '../notify/service'
import { signedMediaPath } from './signing'
import * as store from './store'

// WeChat's content-safety check of images (mediaCheckAsync). An upload is PENDING until WeChat's
// result event arrives by message push (see push.ts); only then do neighbours see it. Without
// WeChat configured the check is recorded and passed here, as the text check falls back to the
// local word list.

type CheckCtx = Pick<GatewayContext, 'db' | 'config' | 'log' | 'platform' | 'origin'>

/** WeChat fetches the image itself, some time later: its link outlives a page view's. */
const CHECK_URL_TTL_SECONDS = 6 * 3600

/** Asks WeChat to check a new upload, or passes it locally; returns the row as it now stands. */
export async function startContentCheck(ctx: CheckCtx, media: MediaRow, uploaderOpenid: string | null): Promise<MediaRow> {
  const wechat = ctx.platform.wechat
  const settleLocally = async (note: string): Promise<MediaRow> => {
    const patch = { check_status: 'PASSED' as const, check_note: note, checked_at: nowIso() }
    await store.recordCheck(ctx.db, media.id, patch)
    return { ...media, ...patch }
  }
  if (!wechat) return settleLocally('wechat not configured: passed locally')
  // WeChat's v2 check needs the uploader's openid; accounts that never came through WeChat (dev
  // sign-in) have none, as for the text check.
  if (!uploaderOpenid) return settleLocally('uploader has no WeChat openid: passed locally')
  return askWeChat(ctx, wechat, media, uploaderOpenid, ctx.origin)
}

async function askWeChat(ctx: Omit<CheckCtx, 'origin' | 'platform'>, wechat: WeChatApi, media: MediaRow, openid: string, origin: string): Promise<MediaRow> {
  const expires = Math.floor(Date.now() / 1000) + Math.max(CHECK_URL_TTL_SECONDS, ctx.config.media.urlTtlSeconds)
  const url = `${origin}${signedMediaPath(ctx.config.media.signingSecret, media.id, expires)}`
  try {
    const traceId = await wechat.mediaCheckAsync(url, openid)
    const patch = { check_trace_id: traceId, check_note: 'wechat checking', check_origin: null }
    await store.recordCheck(ctx.db, media.id, patch)
    return { ...media, ...patch }
  } catch (error) {
    // Fail closed: the image stays PENDING (its uploader and staff in scope still see it) until a retry gets through.
    ctx.log.warn({ err: error, mediaId: media.id }, 'mediaCheckAsync failed; image stays pending')
    const patch = { check_note: `wechat request failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200), check_origin: origin }
    await store.recordCheck(ctx.db, media.id, patch)
    return { ...media, ...patch }
  }
}

/** How long a check WeChat did not take is retried; older uploads stay pending for staff to judge. */
const RETRY_FOR_MS = 24 * 3600 * 1000

/** Asks WeChat again about pending uploads it was never asked about successfully; returns how many it took. */
export async function retryContentChecks(deps: Pick<GatewayContext, 'db' | 'config' | 'log' | 'platform'>, batch = 20): Promise<number> {
  const wechat = deps.platform.wechat
  if (!wechat) return 0
  let taken = 0
  for (const row of await store.checksToRetry(deps.db, new Date(Date.now() - RETRY_FOR_MS).toISOString(), batch)) {
    const { openid, ...media } = row
    if (!openid || !media.check_origin) continue
    if ((await askWeChat(deps, wechat, media, openid, media.check_origin)).check_trace_id) taken++
  }
  return taken
}

export type WeChatSuggest = 'pass' | 'review' | 'risky'

/** Applies WeChat's verdict for `traceId`: pass shows the image; review or risky hides it and tells the uploader. Idempotent. */
export async function applyCheckResult(db: GatewayContext['db'], traceId: string, suggest: WeChatSuggest): Promise<MediaCheckStatus | null> {
  const status: MediaCheckStatus = suggest === 'pass' ? 'PASSED' : 'REJECTED'
  return db.transaction().execute(async (trx) => {
    const media = await store.settleCheck(trx, traceId, { check_status: status, check_note: `wechat ${suggest}`, checked_at: nowIso() })
    if (!media) return null
    if (status === 'REJECTED' && media.owner_id) {
      await notify(trx, [{
        accountId: media.owner_id,
        kind: 'MEDIA_REJECTED',
        title: '图片未通过内容安全检查',
        body: '您上传的一张图片未通过微信内容安全检查,已被隐藏,其他人看不到。如有疑问请联系社区工作人员。',
        subject: { type: 'Media', id: media.id },
      }])
    }
    return status
  })
}
