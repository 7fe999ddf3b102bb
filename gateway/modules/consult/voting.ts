import { randomBytes } from 'node:crypto'
import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ProposalRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { attachMedia } from '../media/service'
import { electorateVoters, freezeElectorate } from '../roster/electorate'
import { castOwnerBallot, electorateOf, ownerVoteBlockedReason, viewerElectorateUnits } from '../roster/owner-voting'
import { closeOwnersVote } from '../roster/results'
import { changeStage, cleanText, requireCommittee, viewerMemberships, visibleOrNotFound } from './service'
import { isArticle278 } from './stages'
import * as store from './store'
import { tally, type TallyResult, type Voter } from './tally'

// 决: voting windows, secret ballots (one per household, changeable until the closing time), the tally.

type Ctx = GatewayContext

export async function optionIdsOf(db: DB, proposalId: string): Promise<string[]> {
  return (await db.selectFrom('proposal_options').select('id').where('proposal_id', '=', proposalId).orderBy('id').execute()).map((o) => o.id)
}

/**
 * Who may vote and what they chose, as the tally counts them. Article 278: households with an
 * OWNER member, and households sharing an owner merged into one owner (areas added). Advisory:
 * every verified household. A merged owner's choice is their most recent ballot.
 */
export async function votersOf(db: DB, p: ProposalRow): Promise<Voter[]> {
  // An owners' vote counts the roster frozen when voting opened (roster/electorate.ts).
  if (await db.selectFrom('electorates').select('proposal_id').where('proposal_id', '=', p.id).executeTakeFirst()) return electorateVoters(db, p.id)
  const owners = isArticle278(p.matter)
  const memberships = (await store.membershipsInScope(db, p)).filter((m) => !owners || m.relation === 'OWNER')
  const ballots = new Map((await store.ballotsOf(db, p.id)).map((b) => [b.household_id, b]))
  const area = new Map(memberships.map((m) => [m.household_id, m.area_m2]))
  // Union households that share an owner account (one owner, several units).
  const parent = new Map<string, string>([...area.keys()].map((h) => [h, h]))
  const find = (h: string): string => (parent.get(h) === h ? h : find(parent.get(h)!)) // every key was set above
  const firstHouseholdOf = new Map<string, string>()
  for (const m of memberships) {
    const first = firstHouseholdOf.get(m.account_id)
    if (!owners || !first) firstHouseholdOf.set(m.account_id, first ?? m.household_id)
    else parent.set(find(m.household_id), find(first))
  }
  const groups = new Map<string, string[]>()
  for (const h of area.keys()) groups.set(find(h), [...(groups.get(find(h)) ?? []), h])
  return [...groups.values()].map((households) => {
    const cast = households.map((h) => ballots.get(h)).filter((b) => b !== undefined).sort((a, b) => (a.cast_at < b.cast_at ? 1 : -1))
    return { households: households.length, areaM2: households.reduce((s, h) => s + (area.get(h) ?? 0), 0), choice: cast[0] ? (JSON.parse(cast[0].option_ids) as string[]) : null }
  })
}

export async function tallyOf(db: DB, p: ProposalRow): Promise<TallyResult> {
  return tally({ matter: p.matter, ballotKind: p.ballot_kind as 'SINGLE' | 'MULTIPLE' | 'YES_NO_ABSTAIN', optionIds: await optionIdsOf(db, p.id), voters: await votersOf(db, p) })
}

/** The viewer's households that may vote here, or the reason they may not (in Chinese). */
export async function votingHouseholds(ctx: Ctx, p: ProposalRow): Promise<{ households: string[]; reason: string | null }> {
  if (!ctx.viewer) return { households: [], reason: '请先登录' }
  if (await electorateOf(ctx, p.id)) {
    const units = await viewerElectorateUnits(ctx, p.id)
    if (units.length) return { households: units.map((u) => u.unit_id), reason: null }
    const mine = await viewerMemberships(ctx, p)
    if (mine.length && !mine.some((m) => m.relation === 'OWNER')) return { households: [], reason: '这是业主共同决定事项,只有认证为业主的住户可以投票' }
    return { households: [], reason: ownerVoteBlockedReason(ctx) }
  }
  const memberships = await viewerMemberships(ctx, p)
  if (!memberships.length) return { households: [], reason: '只有本小区(楼栋)的认证住户可以投票' }
  const eligible = isArticle278(p.matter) ? memberships.filter((m) => m.relation === 'OWNER') : memberships
  if (!eligible.length) return { households: [], reason: '这是业主共同决定事项,只有认证为业主的住户可以投票' }
  return { households: [...new Set(eligible.map((m) => m.household_id))], reason: null }
}

/** The chosen options, checked against the proposal's options and its ballot kind. */
export async function checkChoice(db: DB, p: ProposalRow, optionIds: readonly string[]): Promise<string[]> {
  const valid = new Set(await optionIdsOf(db, p.id))
  const chosen = [...new Set(optionIds)]
  if (!chosen.length) throw errors.badInput('请选择一个选项', 'optionIds')
  if (chosen.some((id) => !valid.has(id))) throw errors.badInput('选项不属于这个议题', 'optionIds')
  const max = p.ballot_kind === 'MULTIPLE' ? p.max_choices ?? 1 : 1
  if (chosen.length > max) throw errors.badInput(max === 1 ? '只能选择一项' : `最多选择 ${max} 项`, 'optionIds')
  return chosen
}

/** Writes (or replaces) the ballot of each household, inside one transaction that re-checks the window. */
async function writeBallots(ctx: Ctx, p: ProposalRow, households: readonly string[], chosen: string[], assisted: { photoId: string } | null) {
  const at = nowIso()
  const receipt = randomBytes(5).toString('hex').toUpperCase()
  await ctx.db.transaction().execute(async (trx) => {
    // A shared lock on PostgreSQL: ballots still wait for (and exclude) a stage change, which takes
    // the row FOR UPDATE, but not for each other; the (proposal, household) key settles two
    // members of one household. SQLite runs one transaction at a time anyway.
    const q = trx.selectFrom('proposals').selectAll().where('id', '=', p.id)
    const current = await (ctx.config.database.engine === 'postgres' ? q.forShare() : q).executeTakeFirst()
    if (!current || current.stage !== 'VOTING' || !current.voting_closes_at || current.voting_closes_at <= at) throw errors.conflict('投票已截止或尚未开始')
    if (assisted) {
      // The committee never overwrites a household's own online ballot (the household would not be told).
      const own = await trx.selectFrom('ballots').select('id').where('proposal_id', '=', p.id).where('household_id', 'in', households).where('assisted', '=', 0).executeTakeFirst()
      if (own) throw errors.conflict('这一户已经在线投票,代录的纸质票不能覆盖;如有出入请与住户核实')
    }
    for (const householdId of households) {
      const row = { id: newId(), proposal_id: p.id, household_id: householdId, option_ids: JSON.stringify(chosen), assisted: assisted ? 1 : 0, photo_id: assisted?.photoId ?? null, receipt, cast_at: at }
      await trx
        .insertInto('ballots')
        .values(row)
        .onConflict((oc) => oc.columns(['proposal_id', 'household_id']).doUpdateSet({ option_ids: row.option_ids, assisted: row.assisted, photo_id: row.photo_id, receipt, cast_at: at }))
        .execute()
    }
    if (assisted && ctx.viewer) {
      await attachMedia(trx, ctx, assisted.photoId, { type: 'Ballot', id: `${p.id}:${households[0]}` })
      // The household, never the choice.
      await recordAudit(trx, { actorId: ctx.viewer.account.id, action: 'proposal.assisted_ballot', subject: { type: 'Proposal', id: p.id }, communityId: p.community_id, details: { householdId: households[0] } })
    }
  })
  ctx.loaders.clear()
  return { optionIds: chosen, assisted: Boolean(assisted), receipt, castAt: at }
}

export async function castBallot(ctx: Ctx, proposalId: string, optionIds: readonly string[]) {
  requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, proposalId)
  const { households, reason } = await votingHouseholds(ctx, p)
  if (!households.length) throw errors.forbidden(reason ?? '您不能参加这次投票')
  if (p.stage !== 'VOTING' || !p.voting_closes_at || p.voting_closes_at <= nowIso()) throw errors.conflict('投票已截止或尚未开始')
  if (await electorateOf(ctx, p.id)) return castOwnerBallot(ctx, p, await checkChoice(ctx.db, p, optionIds))
  return writeBallots(ctx, p, households, await checkChoice(ctx.db, p, optionIds), null)
}

/** Staff in scope record a paper ballot for a household without a smartphone, with a photo of it. */
export async function recordAssistedBallot(ctx: Ctx, proposalId: string, householdId: string, optionIds: readonly string[], photoId: string) {
  requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, proposalId)
  requireCommittee(ctx, p)
  if (await electorateOf(ctx, p.id)) throw errors.conflict('业主表决的纸质票请按名册单元登记(recordPaperBallot)')
  const memberships = (await store.membershipsInScope(ctx.db, p)).filter((m) => m.household_id === householdId && (!isArticle278(p.matter) || m.relation === 'OWNER'))
  if (!isId(householdId) || !memberships.length) throw errors.notFound('有投票权的住户')
  if (p.stage !== 'VOTING' || !p.voting_closes_at || p.voting_closes_at <= nowIso()) throw errors.conflict('投票已截止或尚未开始')
  return writeBallots(ctx, p, [householdId], await checkChoice(ctx.db, p, optionIds), { photoId })
}

/** Opens voting; an owners' vote (article 278, or marked so by the committee) freezes the roster as its electorate. */
export async function openVoting(ctx: Ctx, id: string, closesAt: string, ownersVote = false): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (closesAt <= nowIso()) throw errors.badInput('截止时间需要晚于现在', 'closesAt')
  const optionCount = (await optionIdsOf(ctx.db, p.id)).length
  if (optionCount < 2) throw errors.badInput('至少需要两个选项才能投票', 'id')
  if (p.ballot_kind === 'MULTIPLE' && (p.max_choices ?? 1) > optionCount) throw errors.badInput(`最多可选 ${p.max_choices ?? 1} 项,但只有 ${optionCount} 个选项:请先增加选项`, 'maxChoices')
  const freeze = isArticle278(p.matter) || ownersVote
  return changeStage(ctx, p, 'OPEN_VOTING', { voting_closes_at: closesAt }, { kind: 'VOTING_OPENED', note: `投票截止:${closesAt}`, audit: true, tellScope: true }, freeze ? (current, trx) => freezeElectorate(trx, current, nowIso()).then(() => undefined) : undefined)
}

/** After the closing time the committee closes voting: the tally is stored and the stage follows it. */
export async function closeVoting(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (await electorateOf(ctx, p.id)) {
    const closed = await closeOwnersVote(ctx.db, p.id, ctx.viewer?.account.id ?? null)
    ctx.loaders.clear()
    return closed
  }
  if (p.stage === 'VOTING' && p.voting_closes_at && p.voting_closes_at > nowIso()) throw errors.conflict('投票还没有到截止时间')
  const result = await tallyOf(ctx.db, p)
  return changeStage(ctx, p, result.passed ? 'CLOSE_PASSED' : 'CLOSE_REJECTED', { result: JSON.stringify(result) }, { kind: 'VOTING_CLOSED', note: result.reason, audit: true, tellScope: true })
}

export async function writeOutcome(ctx: Ctx, id: string, outcome: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (!p.result) throw errors.conflict('投票结束后才能发布结果说明')
  const text = cleanText(outcome, 'outcome', '结果说明', 1, 1000)
  await ctx.db.updateTable('proposals').set({ outcome: text, updated_at: nowIso() }).where('id', '=', p.id).execute()
  ctx.loaders.clear()
  return { ...p, outcome: text }
}
