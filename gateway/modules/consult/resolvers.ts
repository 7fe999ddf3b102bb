import type { GatewayContext } from '../../context'
import type { Resolvers } from '../../generated/resolvers'
import { isId } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { mediaById } from '../media/service'
import { visibleCompoundIds } from '../notices/service'
import * as acting from './acting'
import * as discussion from './discussion'
import * as proposals from './proposals'
import { fieldResolvers } from './resolvers-fields'
import { fromIssuesResolvers, proposalIssueFields } from './from-issues'
import { canSeeProposal, findVisibleProposal, proposalPreview } from './service'
import { setSitePlan, updateClusterSettings, updateSettings } from './settings'
import * as store from './store'
import * as voting from './voting'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

async function listProposals(ctx: GatewayContext, filter: { compoundId?: string | null; stage?: readonly string[] | null; mine?: boolean | null } | null | undefined, beforeId: string | null, limit: number) {
  if (!ctx.viewer) return []
  const me = ctx.viewer.account.id
  const compounds = await visibleCompoundIds(ctx)
  let q = ctx.db.selectFrom('proposals').selectAll().where((eb) => eb.or([eb('author_id', '=', me), eb.and([eb('stage', '!=', 'DRAFT'), eb('compound_id', 'in', compounds.length ? compounds : [''])])]))
  if (filter?.mine) q = q.where('author_id', '=', me)
  if (filter?.compoundId) q = q.where('compound_id', '=', isId(filter.compoundId) ? filter.compoundId : '')
  if (filter?.stage?.length) q = q.where('stage', 'in', filter.stage)
  if (beforeId) q = q.where('id', '<', beforeId)
  const rows = await q.orderBy('id', 'desc').limit(limit).execute()
  // Building-scoped proposals narrow the compound: check each row (the page may come out shorter).
  const visible = await Promise.all(rows.map((r) => canSeeProposal(ctx, r)))
  return rows.filter((_, i) => visible[i])
}

export const consultResolvers: Resolvers = {
  Query: {
    proposal: (_p, { id }, ctx) => findVisibleProposal(ctx, id),
    proposalPreview: (_p, { id }, ctx) => proposalPreview(ctx, id),
    proposals: async (_p, { filter, first, after }, ctx) => {
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 1)
      const rows = await listProposals(ctx, filter, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    ...fromIssuesResolvers.Query,
  },
  Mutation: {
    createProposal: (_p, { input }, ctx) => proposals.createProposal(ctx, input),
    submitProposal: (_p, { id }, ctx) => proposals.submitProposal(ctx, id),
    cosignProposal: (_p, { id }, ctx) => proposals.cosignProposal(ctx, id),
    openDiscussion: (_p, { id }, ctx) => proposals.openDiscussion(ctx, id),
    withdrawProposal: (_p, { id }, ctx) => proposals.withdrawProposal(ctx, id),
    addComment: (_p, { input }, ctx) => discussion.addComment(ctx, input),
    reportComment: (_p, { id }, ctx) => discussion.reportComment(ctx, id),
    hideComment: (_p, { id, hidden }, ctx) => discussion.hideComment(ctx, id, hidden),
    addOption: (_p, { input }, ctx) => discussion.addOption(ctx, input),
    scheduleMeeting: (_p, { id, at, place }, ctx) => discussion.scheduleMeeting(ctx, id, at, place),
    postMinutes: (_p, { id, minutes }, ctx) => discussion.postMinutes(ctx, id, minutes),
    openVoting: (_p, { id, closesAt, ownersVote }, ctx) => voting.openVoting(ctx, id, closesAt, ownersVote ?? false),
    castBallot: (_p, { proposalId, optionIds }, ctx) => voting.castBallot(ctx, proposalId, optionIds),
    recordAssistedBallot: (_p, { proposalId, householdId, optionIds, photoId }, ctx) => voting.recordAssistedBallot(ctx, proposalId, householdId, optionIds, photoId),
    closeVoting: (_p, { id }, ctx) => voting.closeVoting(ctx, id),
    writeOutcome: (_p, { id, outcome }, ctx) => voting.writeOutcome(ctx, id, outcome),
    addTask: (_p, { proposalId, input }, ctx) => acting.addTask(ctx, proposalId, input),
    updateTask: (_p, { id, input }, ctx) => acting.updateTask(ctx, id, input),
    finishWork: (_p, { id }, ctx) => acting.finishWork(ctx, id),
    answerAcceptance: (_p, { id, accept }, ctx) => acting.answerAcceptance(ctx, id, accept),
    closeAcceptance: (_p, { id }, ctx) => acting.closeAcceptance(ctx, id),
    setSitePlan: async (_p, { compoundId, mediaId }, ctx) => ({ compound: await setSitePlan(ctx, compoundId, mediaId) }),
    updateConsultSettings: async (_p, { compoundId, cosignThreshold, cosignDays }, ctx) => ({ compound: await updateSettings(ctx, compoundId, cosignThreshold, cosignDays) }),
    updateClusterSettings: async (_p, { compoundId, threshold, radiusM }, ctx) => ({ compound: await updateClusterSettings(ctx, compoundId, threshold, radiusM) }),
    ...fromIssuesResolvers.Mutation,
  },
  Compound: {
    consultSettings: (compound) => ({ compound }),
  },
  ConsultSettings: {
    compound: (s) => s.compound,
    cosignThreshold: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compound.id)).cosign_threshold,
    cosignDays: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compound.id)).cosign_days,
    clusterThreshold: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compound.id)).cluster_threshold,
    clusterRadiusM: async (s, _a, ctx) => (await store.settingsOf(ctx.db, s.compound.id)).cluster_radius_m,
    sitePlan: async (s, _a, ctx) => {
      const id = (await store.settingsOf(ctx.db, s.compound.id)).site_plan_media_id
      return id ? mediaById(ctx).load(id) : null
    },
  },
  ...fieldResolvers,
  Proposal: { ...fieldResolvers.Proposal, ...proposalIssueFields },
  IssueCluster: fromIssuesResolvers.IssueCluster,
  Issue: fromIssuesResolvers.Issue,
}
