import { loader, type GatewayContext } from '../../context'
import type { ElectorateRow, OwnerBallotRow, ProposalRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId } from '../../lib/ids'
import { recordAudit } from '../audit/service'
import { attachMedia, registerMediaAudience } from '../media/service'
import { isCommittee } from '../consult/policies'
import { findVisibleProposal } from '../consult/service'
import { appendBallots, countedBallots, type BallotEntry } from './electorate'
import { phoneDigits } from './owners'
import * as store from './store'

// Voting in an owners' vote: online by the unit's verified household (OWNER members), on paper by
// the committee with a photo of the signed ballot, or by a proxy. One owner of several units
// casts one ballot for all of them (their owner key).

type Ctx = GatewayContext

registerMediaAudience('OwnerBallot', async (ctx, key) => {
  const proposal = await findVisibleProposal(ctx, key.split(':')[0] ?? '')
  return proposal !== null && isCommittee(ctx, proposal)
})

/** The electorate of the proposal (null for household votes), per request. */
export const electorateOf = (ctx: Pick<Ctx, 'db' | 'loaders'>, proposalId: string) =>
  loader<string, ElectorateRow | null>(ctx, 'electorateOf', async (ids) => {
    const rows = await store.electoratesOf(ctx.db, ids)
    return ids.map((id) => rows.find((r) => r.proposal_id === id) ?? null)
  }).load(proposalId)

/** The snapshot units the viewer votes for online (their verified OWNER households), per request. */
export const viewerElectorateUnits = (ctx: Ctx, proposalId: string) =>
  loader<string, Awaited<ReturnType<typeof store.electorateUnitsOfAccount>>>(ctx, 'viewerElectorateUnits', async (ids) =>
    Promise.all(ids.map((id) => (ctx.viewer ? store.electorateUnitsOfAccount(ctx.db, id, ctx.viewer.account.id) : Promise.resolve([])))),
  ).load(proposalId)

export function ownerVoteBlockedReason(ctx: Pick<Ctx, 'viewer'>): string {
  return ctx.viewer ? '您的住户不在这次业主表决的名册中;如有异议请联系物管会' : '请先登录'
}

export const asBallot = (b: OwnerBallotRow) => ({ optionIds: JSON.parse(b.option_ids) as string[], assisted: b.channel !== 'ONLINE', receipt: b.receipt, castAt: b.cast_at })
export const asOwnerBallot = (b: OwnerBallotRow) => ({ receipt: b.receipt, channel: b.channel, optionIds: JSON.parse(b.option_ids) as string[], castAt: b.cast_at })

/** The counted ballot of the owner(s) the viewer votes as; null before they vote. */
export async function viewerOwnerBallot(ctx: Ctx, proposalId: string) {
  const keys = [...new Set((await viewerElectorateUnits(ctx, proposalId)).map((u) => u.owner_key))]
  const { counted } = countedBallots(await store.ballotsOfOwners(ctx.db, proposalId, keys))
  const latest = [...counted.values()].sort((a, b) => Number(b.seq) - Number(a.seq))[0]
  return latest ? asBallot(latest) : null
}

/** The viewer's own ballot: one entry per owner they vote as (SPC: all their units under one ballot). */
export async function castOwnerBallot(ctx: Ctx, p: ProposalRow, chosen: string[]) {
  const units = await viewerElectorateUnits(ctx, p.id)
  if (!units.length) throw errors.forbidden(ownerVoteBlockedReason(ctx))
  const owners = new Map<string, string>()
  for (const u of units) if (!owners.has(u.owner_key)) owners.set(u.owner_key, u.unit_id)
  const entries: BallotEntry[] = [...owners].map(([ownerKey, unitId]) => ({ ownerKey, unitId, channel: 'ONLINE', accountId: ctx.viewer?.account.id ?? null }))
  const [first] = await appendBallots(ctx.db, p.id, chosen, entries)
  ctx.loaders.clear()
  return asBallot(first!) // entries is not empty: units was checked above
}

async function snapshotUnit(ctx: Ctx, p: ProposalRow, unitId: string) {
  const unit = isId(unitId) ? await ctx.db.selectFrom('electorate_units').selectAll().where('proposal_id', '=', p.id).where('unit_id', '=', unitId).executeTakeFirst() : undefined
  if (!unit) throw errors.notFound('本次表决名册中的单元')
  return unit
}

/** The committee records a signed paper ballot; an owner who voted online (or through a proxy) is never overwritten. */
export async function recordPaperBallot(ctx: Ctx, p: ProposalRow, unitId: string, chosen: string[], photoId: string) {
  const unit = await snapshotUnit(ctx, p, unitId)
  const actor = ctx.viewer!.account.id // the caller checked the committee role, which needs a viewer
  const [row] = await appendBallots(ctx.db, p.id, chosen, [{ ownerKey: unit.owner_key, unitId: unit.unit_id, channel: 'PAPER', accountId: null, photoId, recordedBy: actor }], (earlier) => {
    if (earlier.some((b) => b.channel !== 'PAPER')) throw errors.conflict('该业主已经在线(或由受托人)投票,纸质票不能覆盖;如有出入请与业主核实')
  })
  await ctx.db.transaction().execute(async (trx) => {
    await attachMedia(trx, ctx, photoId, { type: 'OwnerBallot', id: `${p.id}:${unit.unit_id}` })
    await recordAudit(trx, { actorId: actor, action: 'proposal.paper_ballot', subject: { type: 'Proposal', id: p.id }, communityId: p.community_id, details: { unitId: unit.unit_id } })
  })
  ctx.loaders.clear()
  return asOwnerBallot(row!) // one entry in, one row out
}

/** Active proxies the viewer holds (by their account's phone) for owners of this vote's electorate. */
export async function viewerProxies(ctx: Ctx, p: ProposalRow) {
  const phone = phoneDigits(ctx.viewer?.account.phone)
  if (!phone) return []
  return ctx.db
    .selectFrom('roster_proxies')
    .innerJoin('electorate_units', (j) => j.onRef('electorate_units.owner_key', '=', 'roster_proxies.owner_key').on('electorate_units.proposal_id', '=', p.id))
    .select(['roster_proxies.id', 'roster_proxies.owner_key', 'electorate_units.unit_id'])
    .where('roster_proxies.compound_id', '=', p.compound_id)
    .where('roster_proxies.proxy_phone', '=', phone)
    .where('roster_proxies.revoked_at', 'is', null)
    .execute()
}

export async function castProxyBallot(ctx: Ctx, p: ProposalRow, unitId: string, chosen: string[]) {
  const unit = await snapshotUnit(ctx, p, unitId)
  const proxy = (await viewerProxies(ctx, p)).find((x) => x.owner_key === unit.owner_key)
  if (!proxy) throw errors.forbidden('您没有这一户业主的委托,不能代为投票')
  const [row] = await appendBallots(ctx.db, p.id, chosen, [{ ownerKey: unit.owner_key, unitId: unit.unit_id, channel: 'PROXY', accountId: ctx.viewer?.account.id ?? null, proxyId: proxy.id }], (earlier) => {
    if (earlier.some((b) => b.channel === 'ONLINE')) throw errors.conflict('业主本人已经投票,受托人不能再代投')
  })
  ctx.loaders.clear()
  return asOwnerBallot(row!) // one entry in, one row out
}
