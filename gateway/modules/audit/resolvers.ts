import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { adminCommunityIds } from '../accounts/policies'
import { accountById } from '../accounts/service'
import { auditPage } from './store'

export const auditResolvers: Resolvers = {
  Query: {
    auditLog: async (_p, { communityId, first, after }, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      const limit = pageSize(first)
      if (!isId(communityId) || !adminCommunityIds(ctx.viewer.roles).includes(communityId)) throw errors.forbidden('只有本社区管理员可以查看操作记录')
      const cursor = decodeCursor(after, 1)
      const rows = await auditPage(ctx.db, communityId, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
  },
  AuditEntry: {
    actor: (e, _a, ctx) => (e.actor_id ? accountById(ctx).load(e.actor_id) : null),
    subjectType: (e) => e.subject_type,
    subjectId: (e) => e.subject_id,
    details: (e) => JSON.parse(e.details) as unknown,
    createdAt: (e) => e.created_at,
  },
}
