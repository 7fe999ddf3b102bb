import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import { errors } from '../../lib/errors'
import { isId } from '../../lib/ids'
import { covers } from '../accounts/policies'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { attachMedia, registerMediaAudience, registerMediaReviewers } from '../media/service'
import { isCommittee } from './policies'
import { findVisibleProposal } from './service'
import * as store from './store'

// The compound's consultation settings (co-signing threshold and time, the site plan) and who may
// see the module's files.

registerMediaAudience('SitePlan', async (ctx) => ctx.viewer !== null)
registerMediaAudience('ProposalEvent', async (ctx, eventId) => {
  const event = await ctx.db.selectFrom('proposal_events').select('proposal_id').where('id', '=', eventId).executeTakeFirst()
  return event ? (await findVisibleProposal(ctx, event.proposal_id)) !== null : false
})
const committeeOfBallot = async (ctx: GatewayContext, key: string) => {
  const proposal = await findVisibleProposal(ctx, key.split(':')[0] ?? '')
  return proposal !== null && isCommittee(ctx, proposal)
}
registerMediaAudience('Ballot', committeeOfBallot)
// Photos still in WeChat's check: the committee of the proposal (paper ballots are the committee's anyway).
registerMediaReviewers('Ballot', committeeOfBallot)
registerMediaReviewers('ProposalEvent', async (ctx, eventId) => {
  const event = await ctx.db.selectFrom('proposal_events').select('proposal_id').where('id', '=', eventId).executeTakeFirst()
  const proposal = event ? await findVisibleProposal(ctx, event.proposal_id) : null
  return proposal !== null && isCommittee(ctx, proposal)
})

async function compoundInScope(ctx: GatewayContext, compoundId: string) {
  requireViewer(ctx)
  const compound = isId(compoundId) ? await ctx.db.selectFrom('compounds').selectAll().where('id', '=', compoundId).executeTakeFirst() : undefined
  if (!compound) throw errors.notFound('小区')
  if (!covers(ctx.viewer?.roles ?? [], { communityId: compound.community_id, compoundId: compound.id }, ['COMMITTEE', 'STEWARD', 'ADMIN'])) {
    throw errors.forbidden('只有本小区物管会、管家或社区管理员可以修改议事设置')
  }
  return compound
}

async function saveSettings(db: DB, compoundId: string, patch: Partial<store.CompoundConsultSettings>) {
  const current = await store.settingsOf(db, compoundId)
  const row = { compound_id: compoundId, ...current, ...patch }
  const { compound_id: _key, ...changes } = row
  await db.insertInto('consult_settings').values(row).onConflict((oc) => oc.column('compound_id').doUpdateSet(changes)).execute()
}

export async function setSitePlan(ctx: GatewayContext, compoundId: string, mediaId: string) {
  const compound = await compoundInScope(ctx, compoundId)
  await ctx.db.transaction().execute(async (trx) => {
    await attachMedia(trx, ctx, mediaId, { type: 'SitePlan', id: compound.id })
    await saveSettings(trx, compound.id, { site_plan_media_id: mediaId })
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'consult.site_plan', subject: { type: 'Compound', id: compound.id }, communityId: compound.community_id }) // signed in: compoundInScope
  })
  return compound
}

export async function updateSettings(ctx: GatewayContext, compoundId: string, threshold: number, days: number) {
  const compound = await compoundInScope(ctx, compoundId)
  if (!Number.isInteger(threshold) || threshold < 1 || threshold > 500) throw errors.badInput('联署户数需在 1 到 500 之间', 'cosignThreshold')
  if (!Number.isInteger(days) || days < 1 || days > 60) throw errors.badInput('联署天数需在 1 到 60 之间', 'cosignDays')
  await ctx.db.transaction().execute(async (trx) => {
    await saveSettings(trx, compound.id, { cosign_threshold: threshold, cosign_days: days })
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'consult.settings', subject: { type: 'Compound', id: compound.id }, communityId: compound.community_id, details: { threshold, days } }) // signed in: compoundInScope
  })
  return compound
}

/** 居民反映集中: how many households of "me too" make a cluster worth a proposal, and how near two reported points must be. */
export async function updateClusterSettings(ctx: GatewayContext, compoundId: string, threshold: number, radiusM: number) {
  const compound = await compoundInScope(ctx, compoundId)
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > 500) throw errors.badInput('户数需在 2 到 500 之间', 'threshold')
  if (!Number.isInteger(radiusM) || radiusM < 5 || radiusM > 1000) throw errors.badInput('范围需在 5 到 1000 米之间', 'radiusM')
  await ctx.db.transaction().execute(async (trx) => {
    await saveSettings(trx, compound.id, { cluster_threshold: threshold, cluster_radius_m: radiusM })
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: 'consult.cluster_settings', subject: { type: 'Compound', id: compound.id }, communityId: compound.community_id, details: { threshold, radiusM } }) // signed in: compoundInScope
  })
  return compound
}
