import { loaderById, type GatewayContext } from '../../context'
import type { NoticeRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { covers, type StaffRole } from '../accounts/policies'
import { requireViewer } from '../accounts/service'
import { viewerFact } from '../accounts/viewer-cache'
import { recordAudit } from '../audit/service'
import { attachMedia, attachMediaList, mediaById, mediaUrl, registerMediaAudience, registerMediaReviewers } from '../media/service'
import { announceNotice } from './announce'
import * as store from './store'
import { mediaIdsIn, plainText, renderNoticeHtml, sanitizeNoticeHtml, searchTerms, searchableText, summarise } from './text'
import { textLength } from '../../lib/input-text'

/** Admins edit every notice of their community; stewards and the committee those for their compound. */
const EDITORS_COMMUNITY: readonly StaffRole[] = ['ADMIN']
const EDITORS_COMPOUND: readonly StaffRole[] = ['ADMIN', 'STEWARD', 'COMMITTEE']

export function canEditNotice(ctx: Pick<GatewayContext, 'viewer'>, n: Pick<NoticeRow, 'community_id' | 'compound_id'>): boolean {
  const roles = ctx.viewer?.roles ?? []
  return n.compound_id
    ? covers(roles, { communityId: n.community_id, compoundId: n.compound_id }, EDITORS_COMPOUND)
    : covers(roles, { communityId: n.community_id }, EDITORS_COMMUNITY)
}

/** Compounds whose compound-only notices the viewer may read: where they live, and where their roles reach. */
export function visibleCompoundIds(ctx: GatewayContext): Promise<string[]> {
  if (!ctx.viewer) return Promise.resolve([])
  return viewerFact(ctx.viewer, 'visibleCompoundIds', async (viewer) => {
    const roles = viewer.roles
    const byRole = (kind: string) => roles.filter((r) => r.scope_kind === kind).map((r) => r.scope_id)
    const rows = await ctx.db
      .selectFrom('buildings')
      .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
      .select('buildings.compound_id')
      .distinct()
      .where((eb) =>
        eb.or([
          eb('buildings.id', 'in', eb.selectFrom('household_members').innerJoin('households', 'households.id', 'household_members.household_id').select('households.building_id').where('household_members.account_id', '=', viewer.account.id)),
          eb('buildings.compound_id', 'in', byRole('compound').length ? byRole('compound') : ['']),
          eb('buildings.grid_id', 'in', byRole('grid').length ? byRole('grid') : ['']),
          eb('compounds.community_id', 'in', byRole('community').length ? byRole('community') : ['']),
        ]),
      )
      .execute()
    return rows.map((r) => r.compound_id)
  })
}

/** Whether the viewer may see a notice: editors always; others while published, unexpired and in its audience. */
export async function canSeeNotice(ctx: GatewayContext, n: NoticeRow): Promise<boolean> {
  if (canEditNotice(ctx, n)) return true
  if (n.status !== 'PUBLISHED' || (n.expires_at && n.expires_at <= nowIso())) return false
  return !n.compound_id || (await visibleCompoundIds(ctx)).includes(n.compound_id)
}

export const noticeById = (ctx: Pick<GatewayContext, 'db' | 'loaders'>) =>
  loaderById<NoticeRow>(ctx, 'noticeById', (ids) => store.noticesByIds(ctx.db, ids))

/** notice(id): null when malformed, missing or invisible; no side effect. */
export async function findVisibleNotice(ctx: GatewayContext, id: string): Promise<NoticeRow | null> {
  const notice = isId(id) ? await noticeById(ctx).load(id) : null
  return notice && (await canSeeNotice(ctx, notice)) ? notice : null
}

async function visibleOrNotFound(ctx: GatewayContext, id: string): Promise<NoticeRow> {
  const notice = await findVisibleNotice(ctx, id)
  if (!notice) throw errors.notFound('公告')
  return notice
}

registerMediaAudience('Notice', async (ctx, id) => (await findVisibleNotice(ctx, id)) !== null)
// Images still in WeChat's check: the notice's editors.
registerMediaReviewers('Notice', async (ctx, id) => {
  const notice = isId(id) ? await noticeById(ctx).load(id) : null
  return notice !== null && canEditNotice(ctx, notice)
})

const MAX_BODY_IMAGES = 20

/** The body as this viewer reads it: each stored media id becomes a signed link, for the images they may see. */
export async function noticeBody(ctx: GatewayContext, n: Pick<NoticeRow, 'id' | 'body_html'>): Promise<string> {
  const ids = mediaIdsIn(n.body_html)
  if (!ids.length) return n.body_html
  const urls = new Map<string, string>()
  await Promise.all(
    ids.map(async (id) => {
      const media = await mediaById(ctx).load(id)
      if (!media || media.subject_type !== 'Notice' || media.subject_id !== n.id) return
      const url = await mediaUrl(ctx, media)
      if (url) urls.set(id, url)
    }),
  )
  return renderNoticeHtml(n.body_html, urls)
}

interface NoticeFields { category?: string | null; title?: string | null; body?: string | null; coverId?: string | null; pinned?: boolean | null; requiresAck?: boolean | null; expiresAt?: string | null }

function validated(fields: NoticeFields, current?: NoticeRow): Partial<NoticeRow> {
  const patch: Partial<NoticeRow> = {}
  if (fields.title != null) {
    const title = fields.title.trim()
    if (textLength(title) < 2 || textLength(title) > 80) throw errors.badInput('标题需要 2 到 80 个字', 'title')
    patch.title = title
  }
  if (fields.body != null) {
    if (textLength(fields.body) > 50_000) throw errors.badInput('正文太长(不超过 5 万字符)', 'body')
    const html = sanitizeNoticeHtml(fields.body)
    const text = plainText(html)
    if (!text) throw errors.badInput('请填写正文', 'body')
    if (mediaIdsIn(html).length > MAX_BODY_IMAGES) throw errors.badInput(`正文最多放 ${MAX_BODY_IMAGES} 张图片`, 'body')
    Object.assign(patch, { body_html: html, summary: summarise(text) })
  }
  if (fields.category != null) patch.category = fields.category
  if (fields.pinned != null) patch.pinned = fields.pinned ? 1 : 0
  if (fields.requiresAck != null) patch.requires_ack = fields.requiresAck ? 1 : 0
  if (fields.expiresAt !== undefined) {
    if (fields.expiresAt && fields.expiresAt <= nowIso()) throw errors.badInput('过期时间需要晚于现在', 'expiresAt')
    patch.expires_at = fields.expiresAt
  }
  const title = patch.title ?? current?.title ?? ''
  const body = patch.body_html ?? current?.body_html ?? ''
  if (patch.title || patch.body_html) patch.search_text = searchableText(title, plainText(body))
  return patch
}

/** Staff in scope publish a notice to a community or one of its compounds. */
export async function publishNotice(
  ctx: GatewayContext,
  input: NoticeFields & { communityId: string; compoundId?: string | null; category: string; title: string; body: string },
): Promise<NoticeRow> {
  const viewer = requireViewer(ctx)
  const community = isId(input.communityId) ? await ctx.db.selectFrom('communities').select('id').where('id', '=', input.communityId).executeTakeFirst() : undefined
  if (!community) throw errors.notFound('社区')
  if (input.compoundId != null) {
    const compound = isId(input.compoundId) ? await ctx.db.selectFrom('compounds').select('community_id').where('id', '=', input.compoundId).executeTakeFirst() : undefined
    if (!compound) throw errors.notFound('小区')
    if (compound.community_id !== community.id) throw errors.badInput('所选小区不属于该社区', 'compoundId')
  }
  const place = { community_id: community.id, compound_id: input.compoundId ?? null }
  if (!canEditNotice(ctx, place)) throw errors.forbidden('只有本社区管理员(或本小区管家、物管会)可以发布公告')
  const at = nowIso()
  const row: NoticeRow = {
    id: newId(), ...place, category: input.category, title: '', body_html: '', summary: '', search_text: '', cover_media_id: null,
    pinned: 0, requires_ack: 0, status: 'PUBLISHED', author_id: viewer.account.id, published_at: at, updated_at: at, expires_at: null, read_count: 0, ack_count: 0,
    ...validated(input),
  }
  return ctx.db.transaction().execute(async (trx) => {
    await store.insertNotice(trx, row)
    await attachMediaList(trx, ctx, mediaIdsIn(row.body_html), { type: 'Notice', id: row.id })
    if (input.coverId) {
      await attachMedia(trx, ctx, input.coverId, { type: 'Notice', id: row.id })
      await store.updateNotice(trx, row.id, { cover_media_id: input.coverId })
      row.cover_media_id = input.coverId
    }
    await store.replaceTerms(trx, row.id, searchTerms(row.search_text))
    await recordAudit(trx, { actorId: viewer.account.id, action: 'notice.publish', subject: { type: 'Notice', id: row.id }, communityId: row.community_id, details: { title: row.title } })
    await announceNotice(trx, row)
    return row
  })
}

/** Edit or withdraw: NOT_FOUND when invisible, FORBIDDEN for those who may not edit it. */
export async function updateNotice(ctx: GatewayContext, id: string, fields: NoticeFields, withdraw = false): Promise<NoticeRow> {
  const viewer = requireViewer(ctx)
  const current = await visibleOrNotFound(ctx, id)
  if (!canEditNotice(ctx, current)) throw errors.forbidden('只有发布范围内的工作人员可以修改公告')
  const patch: Partial<NoticeRow> = { ...validated(fields, current), updated_at: nowIso() }
  if (withdraw) patch.status = 'WITHDRAWN'
  return ctx.db.transaction().execute(async (trx) => {
    if (fields.coverId) {
      await attachMedia(trx, ctx, fields.coverId, { type: 'Notice', id: current.id })
      patch.cover_media_id = fields.coverId
    }
    if (patch.body_html) await attachMediaList(trx, ctx, mediaIdsIn(patch.body_html), { type: 'Notice', id: current.id })
    await store.updateNotice(trx, current.id, patch)
    if (patch.search_text) await store.replaceTerms(trx, current.id, searchTerms(patch.search_text))
    await recordAudit(trx, { actorId: viewer.account.id, action: withdraw ? 'notice.withdraw' : 'notice.update', subject: { type: 'Notice', id: current.id }, communityId: current.community_id, details: { fields: Object.keys(patch) } })
    return { ...current, ...patch }
  })
}

/** Records the viewer's read once; "我已阅读" also counts as a read. Both are idempotent. */
export async function markNotice(ctx: GatewayContext, id: string, acknowledge: boolean): Promise<NoticeRow> {
  const viewer = requireViewer(ctx)
  const notice = await visibleOrNotFound(ctx, id)
  if (acknowledge && !notice.requires_ack) throw errors.conflict('这条公告不需要确认阅读')
  const at = nowIso()
  const counts = await ctx.db.transaction().execute((trx) => store.recordMark(trx, notice.id, viewer.account.id, at, acknowledge))
  ctx.loaders.clear() // marks change with this act
  return { ...notice, ...counts }
}
