import type { Selectable } from 'kysely'
import { loader } from '../../context'
import type { DigestItemTable } from './tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { recordConsents } from './service'
import { settingsOf, updateNotificationSettings } from './settings'
import type { Prefs } from './prefs'
import * as store from './store'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

type DigestLine = Selectable<DigestItemTable>

const present = (p: Prefs) => ({
  myIssues: p.modes.MY_ISSUES, proposals: p.modes.PROPOSALS, activities: p.modes.ACTIVITIES, notices: p.modes.NOTICES, work: p.modes.WORK,
  digestAt: p.digestAt, quietFrom: p.quietFrom, quietTo: p.quietTo,
})

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
    updateNotificationSettings: async (_p, { input }, ctx) => present(await updateNotificationSettings(ctx, input)),
    markAllInboxRead: (_p, _a, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      return store.markRead(ctx.db, ctx.viewer.account.id, 'all', nowIso())
    },
  },
}
