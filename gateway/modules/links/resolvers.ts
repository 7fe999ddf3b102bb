import { loader, type GatewayContext } from '../../context'
import type { Resolvers } from '../../generated/resolvers'
import { posterLink, resolveShortLink } from './service'
import * as store from './store'
import type { ShortCodeSubject } from './tables'

const codeOf = (type: ShortCodeSubject) => (parent: { id: string }, _a: unknown, ctx: GatewayContext) =>
  loader<string, string | null>(ctx, `shortCode:${type}`, async (ids) => {
    const codes = await store.shortCodesOf(ctx.db, type, ids)
    return ids.map((id) => codes.get(id) ?? null)
  }).load(parent.id)

export const linksResolvers: Resolvers = {
  Query: {
    shortLink: (_p, { code }, ctx) => resolveShortLink(ctx.db, code),
  },
  Mutation: {
    posterLink: (_p, { kind, id }, ctx) => posterLink(ctx, kind, id),
  },
  Notice: { shortCode: codeOf('Notice') },
  Issue: { shortCode: (issue, a, ctx) => (issue.is_public ? codeOf('Issue')(issue, a, ctx) : null) },
  Proposal: { shortCode: codeOf('Proposal') },
  Activity: { shortCode: codeOf('Activity') },
}
