import type { Selectable } from 'kysely'
import { loader, type GatewayContext } from '../../context'
import type { DigestItemTable } from './tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { adminCommunityIds, publicName } from '../accounts/policies'
import { recordConsents } from './service'
import type { DeadReason } from './delivery'
import * as outbox from './outbox-store'
import { settingsOf, updateNotificationSettings } from './settings'
import type { Prefs } from './prefs'
import * as store from './store'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

type DigestLine = Selectable<DigestItemTable>

const present = (p: Prefs) => ({
  myIssues: p.modes.MY_ISSUES, proposals: p.modes.PROPOSALS, activities: p.modes.ACTIVITIES, notices: p.modes.NOTICES, work: p.modes.WORK,
  digestAt: p.digestAt, quietFrom: p.quietFrom, quietTo: p.quietTo,
})

/** The message's first value (thing1: the title of what it is about), or null when the payload has none. */
function subjectOf(payload: string): string | null {
  try {
    const first = Object.values((JSON.parse(payload) as { data?: Record<string, unknown> }).data ?? {})[0]
    return typeof first === 'string' && first ? first : null
  } catch {
    return null
  }
}

const deadLetterView = (r: outbox.DeadLetterRow) => ({
  id: r.id,
  purpose: r.template,
  recipient: publicName({ id: r.account_id, nickname: r.recipient_nickname, deleted_at: r.recipient_deleted_at }),
  subject: subjectOf(r.payload),
  status: r.status,
  reason: r.status === 'DEAD' ? (r.dead_reason as DeadReason | null) : null,
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  lastTriedAt: r.claimed_at,
})

/** The communities the viewer administers; FORBIDDEN for anyone else. */
function adminScope(ctx: GatewayContext): string[] {
  if (!ctx.viewer) throw errors.unauthenticated()
  const communities = adminCommunityIds(ctx.viewer.roles)
  if (!communities.length) throw errors.forbidden('只有社区管理员可以查看未送达的订阅消息')
  return communities
}

export const notifyResolvers: Resolvers = {
  Viewer: {
    inbox: async (viewer, { unreadOnly, first, after }, ctx) => {
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 1)
      const rows = await store.inboxPage(ctx.db, viewer.account.id, Boolean(unreadOnly), cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    unreadCount: (viewer, _a, ctx) =>
      loader<string, number>(ctx, 'unreadInbox', async (ids) => {
        const counts = new Map((await store.unreadCounts(ctx.db, ids)).map((r) => [r.account_id, Number(r.n)]))
        return ids.map((id) => counts.get(id) ?? 0)
      }).load(viewer.account.id),
    notificationSettings: (viewer, _a, ctx) => settingsOf(ctx, viewer.account.id).then(present),
    subscribeConsents: async (viewer, _a, ctx) => (await store.consents(ctx.db, viewer.account.id)).map((r) => ({ templateId: r.template_id, remaining: Number(r.remaining) })),
  },
  Query: {
    outboxDeadLetters: async (_p, { first, after }, ctx) => {
      const communities = adminScope(ctx)
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 1)
      const rows = await outbox.deadLetters(ctx.db, communities, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows.map(deadLetterView), limit, (r) => [r.id])
    },
    subscribeTemplates: (_p, _a, ctx) => [...ctx.config.subscribeTemplates.values()].map((t) => ({ purpose: t.purpose, templateId: t.templateId })),
  },
  InboxMessage: {
    subjectType: (m) => m.subject_type,
    subjectId: (m) => m.subject_id,
    read: (m) => m.read_at !== null,
    createdAt: (m) => m.created_at,
    lines: (m, _a, ctx) =>
      m.kind !== 'DIGEST' ? [] : loader<string, DigestLine[]>(ctx, 'digestLines', async (ids) => {
        const rows = await ctx.db.selectFrom('digest_items').selectAll().where('digest_id', 'in', ids).orderBy('id').execute()
        return ids.map((id) => rows.filter((r) => r.digest_id === id))
      }).load(m.id),
  },
  InboxLine: {
    subjectType: (l) => l.subject_type,
    subjectId: (l) => l.subject_id,
    createdAt: (l) => l.created_at,
  },
  Mutation: {
    markInboxRead: (_p, { ids }, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      return store.markRead(ctx.db, ctx.viewer.account.id, ids.filter(isId), nowIso())
    },
    recordSubscribeConsent: async (_p, { accepted }, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      if (accepted.length > 3) throw errors.badInput('一次最多订阅 3 种消息', 'accepted')
      return recordConsents(ctx.db, ctx.config.subscribeTemplates, ctx.viewer.account.id, accepted)
    },
    retryOutboxMessage: async (_p, { id }, ctx) => {
      const communities = adminScope(ctx)
      const found = isId(id) ? await outbox.letterInCommunities(ctx.db, id, communities) : undefined
      if (!found) throw errors.notFound('消息')
      if (found.status !== 'DEAD') throw errors.conflict('这条消息不是未送达状态,无需重发')
      if (!(await outbox.reviveDeadLetter(ctx.db, id))) throw errors.conflict('这条消息已在重发')
      ctx.log.info({ outboxId: id, by: ctx.viewer?.account.id }, 'dead letter sent again by an admin')
      return deadLetterView((await outbox.letterInCommunities(ctx.db, id, communities))!)
    },
    updateNotificationSettings: async (_p, { input }, ctx) => present(await updateNotificationSettings(ctx, input)),
    markAllInboxRead: (_p, _a, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      return store.markRead(ctx.db, ctx.viewer.account.id, 'all', nowIso())
    },
  },
}
