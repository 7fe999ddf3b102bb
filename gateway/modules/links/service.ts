import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Logger } from 'pino'
import type { GatewayContext } from '../../context'
import type { ActivityRow, NoticeRow, ProposalRow } from '../../db/tables'
import type { DB } from '../../db/database'
import { errors } from '../../lib/errors'
import type { WeChatApi } from '../../platform/wechat'
import { formatFull, formatSpan } from '../../../src/lib/beijing-time'
import { canManage as canManageActivity } from '../activities/policies'
import { findVisibleActivity } from '../activities/service'
import { findVisibleProposal } from '../consult/service'
import { isStaffReader } from '../consult/policies'
import { canEditNotice, findVisibleNotice } from '../notices/service'
import { CODE_PATTERN } from './codes'
import { renderPoster, type PosterContent } from './poster'
import { qrSvg } from './qr'
import * as store from './store'
import type { ShortCodeSubject } from './tables'

/** The page every mini-program code and QR link opens; it asks what the code names and goes there. */
export const LANDING_PAGE = 'features/open/pages/index/index'
export type PosterKind = 'NOTICE' | 'PROPOSAL' | 'ACTIVITY'
const SUBJECT: Record<PosterKind, ShortCodeSubject> = { NOTICE: 'Notice', PROPOSAL: 'Proposal', ACTIVITY: 'Activity' }
const KIND_OF: Record<ShortCodeSubject, 'NOTICE' | 'ISSUE' | 'PROPOSAL' | 'ACTIVITY'> = { Notice: 'NOTICE', Issue: 'ISSUE', Proposal: 'PROPOSAL', Activity: 'ACTIVITY' }
/** A poster link outlives a download and a retry, not a day. */
const POSTER_TTL_SECONDS = 15 * 60

export async function resolveShortLink(db: DB, code: string) {
  const row = CODE_PATTERN.test(code) ? await store.findShortCode(db, code) : undefined
  if (!row) throw errors.notFound('二维码对应的内容')
  return { code: row.code, kind: KIND_OF[row.subject_type], id: row.subject_id }
}

/** The H5 link a QR code carries: the gateway sends it on to the landing page (and WeChat, when its QR rule covers the prefix, opens the mini-program). */
export const h5ShortLink = (origin: string, code: string) => `${origin}/s/${code}`

const sign = (secret: string, kind: string, id: string, expires: number) => createHmac('sha256', secret).update(`poster.${kind}.${id}.${expires}`).digest('base64url')

export function posterPath(secret: string, kind: PosterKind, id: string, expires: number): string {
  return `/posters/${kind.toLowerCase()}/${id}.png?exp=${expires}&sig=${sign(secret, kind, id, expires)}`
}

export function checkPosterSignature(secret: string, kind: PosterKind, id: string, exp: string | null, sig: string | null, nowSeconds = Date.now() / 1000): boolean {
  const expires = Number(exp)
  if (!exp || !sig || !Number.isInteger(expires) || expires < nowSeconds) return false
  const expected = Buffer.from(sign(secret, kind, id, expires))
  const given = Buffer.from(sig)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** Staff who manage the item may print its poster: FORBIDDEN first for everyone else, NOT_FOUND for what they cannot see. */
export async function posterLink(ctx: GatewayContext, kind: PosterKind, id: string): Promise<{ url: string; expiresAt: string }> {
  if (!ctx.viewer) throw errors.unauthenticated()
  const refusal = '只有工作人员可以下载海报'
  if (!ctx.viewer.roles.length) throw errors.forbidden(refusal)
  let allowed: boolean
  if (kind === 'NOTICE') {
    const n = await findVisibleNotice(ctx, id)
    if (!n) throw errors.notFound('公告')
    allowed = canEditNotice(ctx, n)
  } else if (kind === 'PROPOSAL') {
    const p = await findVisibleProposal(ctx, id)
    if (!p) throw errors.notFound('议题')
    allowed = isStaffReader(ctx, p)
  } else {
    const a = await findVisibleActivity(ctx, id)
    if (!a) throw errors.notFound('活动')
    allowed = canManageActivity(ctx, a)
  }
  if (!allowed) throw errors.forbidden(refusal)
  // Items made before short codes get theirs now.
  await store.assignShortCode(ctx.db, SUBJECT[kind], id)
  const expires = Math.floor(Date.now() / 1000) + POSTER_TTL_SECONDS
  return { url: `${ctx.origin}${posterPath(ctx.config.media.signingSecret, kind, id, expires)}`, expiresAt: new Date(expires * 1000).toISOString() }
}

function contentOf(item: NonNullable<Awaited<ReturnType<typeof store.posterItem>>>): Omit<PosterContent, 'code'> {
  const place = item.compound ? `${item.community} · ${item.compound}` : item.community
  const footer = `${item.community} · 邻里小程序`
  if (item.kind === 'NOTICE') {
    const n = item.row as NoticeRow
    return { heading: '社区公告', title: n.title, lines: [['发布', formatFull(n.published_at)], ['范围', place]], caption: '微信扫一扫，查看公告全文', footer }
  }
  if (item.kind === 'PROPOSAL') {
    const p = item.row as ProposalRow
    const lines: Array<[string, string]> = []
    if (p.voting_closes_at) lines.push(['投票截止', formatFull(p.voting_closes_at)])
    if (p.meeting_at) lines.push(['议事会', `${formatFull(p.meeting_at)}${p.meeting_place ? ` ${p.meeting_place}` : ''}`])
    lines.push(['范围', place])
    return { heading: '居民议事', title: p.title, lines, caption: '微信扫一扫，参与讨论和投票', footer }
  }
  const a = item.row as ActivityRow
  return { heading: '社区活动', title: a.title, lines: [['时间', formatSpan(a.starts_at, a.ends_at)], ['地点', a.venue]], caption: '微信扫一扫，立即报名', footer }
}

/**
 * The poster's PNG: the mini-program code WeChat draws for the item's short code (scene) when
 * WeChat is configured, else — or when WeChat refuses — a QR code of the item's H5 link.
 * null when the item is gone.
 */
export async function posterPng(db: DB, wechat: WeChatApi | null, log: Logger, origin: string, kind: PosterKind, id: string): Promise<Buffer | null> {
  const item = await store.posterItem(db, kind, id)
  if (!item) return null
  const code = await store.assignShortCode(db, SUBJECT[kind], id)
  let image: PosterContent['code'] | null = null
  if (wechat) {
    try {
      image = { png: await wechat.getUnlimitedCode({ scene: code, page: LANDING_PAGE, width: 620 }) }
    } catch (error) {
      log.warn({ err: error, kind, id }, 'getwxacodeunlimit failed; the poster carries the H5 link instead')
    }
  }
  return renderPoster({ ...contentOf(item), code: image ?? { svg: qrSvg(h5ShortLink(origin, code), 620) } })
}
