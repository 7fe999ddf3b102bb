import { loader, type GatewayContext } from '../../context'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { buildingsOfCompound, communityById, compoundById, compoundsOfCommunity, required } from '../community/service'
import { mediaById } from '../media/service'
import { canEditNotice, findVisibleNotice, markNotice, noticeBody, noticeById, publishNotice, updateNotice, visibleCompoundIds } from './service'
import * as store from './store'
import { textLength } from '../../lib/input-text'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

const viewerMarked = (ctx: GatewayContext, table: 'notice_reads' | 'notice_acks') =>
  loader<string, boolean>(ctx, `viewer:${table}`, async (ids) => {
    if (!ctx.viewer) return ids.map(() => false)
    const marked = await store.viewerMarks(ctx.db, table, ctx.viewer.account.id, ids)
    return ids.map((id) => marked.has(id))
  })

const actionOf = (ctx: GatewayContext) =>
  loader<string, { label: string; path: string } | null>(ctx, 'noticeAction', async (ids) => {
    const rows = await store.actionsOf(ctx.db, ids)
    return ids.map((id) => rows.find((r) => r.notice_id === id) ?? null)
  })

/** The audience's buildings, each with who has and has not acknowledged. */
async function acknowledgementsByBuilding(ctx: GatewayContext, notice: Parameters<typeof canEditNotice>[1] & { id: string }) {
  const compounds = notice.compound_id ? [notice.compound_id] : (await compoundsOfCommunity(ctx).load(notice.community_id)).map((c) => c.id)
  const buildings = (await Promise.all(compounds.map((id) => buildingsOfCompound(ctx).load(id)))).flat()
  const rows = await store.audienceAcknowledgements(ctx.db, notice)
  return buildings.map((building) => {
    const here = rows.filter((r) => r.building_id === building.id)
    const strip = ({ building_id: _b, acked: _a, ...account }: (typeof here)[number]) => account
    return { building, acknowledged: here.filter((r) => Number(r.acked) === 1).map(strip), pending: here.filter((r) => Number(r.acked) === 0).map(strip) }
  })
}

export const noticesResolvers: Resolvers = {
  Query: {
    notices: async (_p, { communityId, category, search, pinned, first, after }, ctx) => {
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 3) as [number, string, string] | null
      if (communityId != null && !isId(communityId)) return toConnection([], limit, () => [])
      if (search != null && textLength(search) > 50) throw errors.badInput('搜索词不能超过 50 个字', 'search')
      const filter = { communityId, category, search, pinned, visibleCompoundIds: await visibleCompoundIds(ctx), now: nowIso() }
      const listed = await store.noticePage(ctx.db, filter, cursor, limit + 1, ctx.viewer?.account.id ?? null)
      // The page's statement brought the viewer's marks (listedMark); the counts are the rows' own columns.
      return toConnection(listed, limit, (n) => [store.listRank(n), n.published_at, n.id])
    },
    notice: (_p, { id }, ctx) => findVisibleNotice(ctx, id),
    unreadNoticeCount: async (_p, { communityId }, ctx) => {
      if (!ctx.viewer) return 0
      if (communityId != null && !isId(communityId)) return 0
      return store.countUnread(ctx.db, { communityId, visibleCompoundIds: await visibleCompoundIds(ctx), now: nowIso() }, ctx.viewer.account.id)
    },
  },
  Mutation: {
    publishNotice: (_p, { input }, ctx) => publishNotice(ctx, input),
    updateNotice: (_p, { id, input }, ctx) => updateNotice(ctx, id, input),
    withdrawNotice: (_p, { id }, ctx) => updateNotice(ctx, id, {}, true),
    markNoticeRead: (_p, { id }, ctx) => markNotice(ctx, id, false),
    acknowledgeNotice: (_p, { id }, ctx) => markNotice(ctx, id, true),
  },
  Notice: {
    category: (n) => n.category as never, // stored from the NoticeCategory enum only
    // A listed notice came without its body: the row is loaded when one is asked for.
    body: async (n, _a, ctx) => noticeBody(ctx, n.body_html === undefined ? await required(noticeById(ctx).load(n.id), 'notice') : { id: n.id, body_html: n.body_html }),
    cover: (n, _a, ctx) => (n.cover_media_id ? mediaById(ctx).load(n.cover_media_id) : null),
    action: (n, _a, ctx) => actionOf(ctx).load(n.id),
    pinned: (n) => n.pinned === 1,
    requiresAck: (n) => n.requires_ack === 1,
    community: (n, _a, ctx) => required(communityById(ctx).load(n.community_id), 'community'),
    compound: (n, _a, ctx) => (n.compound_id ? compoundById(ctx).load(n.compound_id) : null),
    // A listed notice's tallies came with the page (no promise, no loader); any other notice loads them.
    readCount: (n) => Number(n.read_count),
    acknowledgedCount: (n) => Number(n.ack_count),
    viewerHasRead: (n, _a, ctx) => store.listedMark(n, 'tally_viewer_read') ?? viewerMarked(ctx, 'notice_reads').load(n.id),
    viewerHasAcknowledged: (n, _a, ctx) => store.listedMark(n, 'tally_viewer_acked') ?? viewerMarked(ctx, 'notice_acks').load(n.id),
    viewerCanEdit: (n, _a, ctx) => canEditNotice(ctx, n),
    publishedAt: (n) => n.published_at,
    updatedAt: (n) => n.updated_at,
    expiresAt: (n) => n.expires_at,
    acknowledgementsByBuilding: (n, _a, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      if (!canEditNotice(ctx, n)) throw errors.forbidden('只有发布范围内的工作人员可以查看确认名单')
      return acknowledgementsByBuilding(ctx, n)
    },
  },
}
