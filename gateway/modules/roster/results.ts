import { GraphQLError } from 'graphql'
import type { DB } from '../../db/database'
import type { NoticeRow, ProposalRow } from '../../db/tables'
import { beijingMinute } from '../../lib/beijing-time'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { recordAudit } from '../audit/service'
import { runProposalStepHooks } from '../consult/service'
import { SUPERMAJORITY_MATTERS, isArticle278 } from '../consult/stages'
import { tally, type TallyResult } from '../consult/tally'
import * as noticeStore from '../notices/store'
import { plainText, searchableText, searchTerms, summarise } from '../notices/text'
import { notify } from '../notify/service'
import { formatAreaCenti } from './area'
import { countedBallots, electorateVoters } from './electorate'
import * as store from './store'

// Closing an owners' vote: the tally from the frozen electorate, the stage, and a results notice
// (社区公告) up for the objection period, linking to the page of receipts every household can check.

export const resultsPage = (proposalId: string) => `/#/features/roster/pages/results/index?id=${proposalId}`

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${(Math.round((part * 1000) / whole) / 10).toFixed(1)}%`
}

function noticeBody(p: ProposalRow, r: TallyResult, labels: Map<string, string>, e: { owners: number; units: number; area_centi: number; chain_head: string; chain_length: number }, votedAreaCenti: number, until: string): string {
  const rule = !isArticle278(p.matter)
    ? '本次为业主咨询性表决,以得票最多的选项为结果。'
    : SUPERMAJORITY_MATTERS.includes(p.matter)
      ? '依《民法典》第二百七十八条:由专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决,并经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意。'
      : '依《民法典》第二百七十八条:由专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决,并经参与表决专有部分面积过半数且参与表决人数过半数的业主同意。'
  const options = [...labels].map(([id, label]) => `<li>${label}:${r.votes[id] ?? 0} 户,面积 ${(r.votedArea[id] ?? 0).toFixed(2)} ㎡</li>`).join('')
  return [
    `<p>表决事项:${p.question}</p>`,
    `<p>表决名册(投票开始时冻结):${e.units} 个专有部分,计 ${e.owners} 名业主,专有部分总面积 ${formatAreaCenti(e.area_centi)} ㎡。</p>`,
    `<p>参与表决:${r.participatingOwners} 名业主(占 ${percent(r.participatingOwners, r.eligibleOwners)}),专有部分面积 ${formatAreaCenti(votedAreaCenti)} ㎡(占 ${percent(votedAreaCenti, e.area_centi)})。</p>`,
    `<ul>${options}</ul>`,
    `<p>适用规则:${rule}</p>`,
    `<p>结论:${r.reason}</p>`,
    `<p>每户可凭投票回执码在<a href="${resultsPage(p.id)}">计票明细</a>中核对自己的选票(明细只列回执码和选项,不列房号和姓名)。选票共 ${e.chain_length} 张,哈希链末值:${e.chain_head}</p>`,
    `<p>公示期至 ${beijingMinute(until)}(北京时间),如有异议请在公示期内向物管会提出。</p>`,
  ].join('')
}

/**
 * Closes an owners' vote (the committee, or the clock after the closing time). Before the
 * closing time only when every owner of the snapshot has voted. Idempotent under the lock: a
 * second close finds the stage moved and is a CONFLICT.
 */
export async function closeOwnersVote(db: DB, proposalId: string, actorId: string | null, now = new Date()): Promise<ProposalRow> {
  return db.transaction().execute((trx) => closeOwnersVoteIn(trx, proposalId, actorId, now))
}

/** closeOwnersVote inside a transaction the caller holds. */
export async function closeOwnersVoteIn(trx: DB, proposalId: string, actorId: string | null, now = new Date()): Promise<ProposalRow> {
  const at = now.toISOString()
  const electorate = await store.lockElectorate(trx, proposalId)
  const p = await trx.selectFrom('proposals').selectAll().where('id', '=', proposalId).executeTakeFirst()
  if (!electorate || !p) throw errors.notFound('议题')
  if (p.stage !== 'VOTING') throw errors.conflict('议题当前阶段不允许这一步,请刷新后再试')
  const voters = await electorateVoters(trx, p.id)
  if (p.voting_closes_at && p.voting_closes_at > at && voters.some((v) => v.choice === null)) throw errors.conflict('还有业主没有投票:投票截止前,只有全部业主都已投票才能提前结束')
  const options = await trx.selectFrom('proposal_options').select(['id', 'label']).where('proposal_id', '=', p.id).orderBy('id').execute()
  const result = tally({ matter: p.matter, ballotKind: p.ballot_kind as 'SINGLE' | 'MULTIPLE' | 'YES_NO_ABSTAIN', optionIds: options.map((o) => o.id), voters }) // ballot_kind is written from BallotKind only
  const stage = result.passed ? 'PASSED' : 'REJECTED'
  const next: ProposalRow = { ...p, stage, result: JSON.stringify(result), updated_at: at }
  await trx.updateTable('proposals').set({ stage, result: next.result, updated_at: at }).where('id', '=', p.id).execute()
  await markCounted(trx, p.id)
  await trx.insertInto('proposal_events').values({ id: newId(), proposal_id: p.id, kind: 'VOTING_CLOSED', stage, note: result.reason, actor_id: actorId, at }).execute()
  const votedAreaCenti = voters.filter((v) => v.choice).reduce((s, v) => s + (v.areaCenti ?? 0), 0)
  const until = new Date(now.getTime() + Number(electorate.objection_days) * 86_400_000).toISOString()
  const title = `「${p.title}」表决结果公告`
  const body = noticeBody(p, result, new Map(options.map((o) => [o.id, o.label])), electorate, votedAreaCenti, until)
  const notice: NoticeRow = {
    id: newId(), community_id: p.community_id, compound_id: p.compound_id, category: 'ANNOUNCEMENT', title, body_html: body, summary: summarise(plainText(body)),
    search_text: searchableText(title, plainText(body)), cover_media_id: null, pinned: 0, requires_ack: 0, status: 'PUBLISHED', author_id: actorId, published_at: at, updated_at: at, expires_at: until, read_count: 0, ack_count: 0,
  }
  await noticeStore.insertNotice(trx, notice)
  await noticeStore.replaceTerms(trx, notice.id, searchTerms(notice.search_text))
  await trx.updateTable('electorates').set({ results_notice_id: notice.id }).where('proposal_id', '=', p.id).execute()
  if (actorId) await recordAudit(trx, { actorId, action: 'proposal.voting_closed', subject: { type: 'Proposal', id: p.id }, communityId: p.community_id, details: { stage, noticeId: notice.id } })
  const accounts = await trx
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select('household_members.account_id')
    .distinct()
    .where('buildings.compound_id', '=', p.compound_id)
    .execute()
  await notify(trx, accounts.map((a) => ({ accountId: a.account_id, kind: `PROPOSAL_${stage}`, title: result.passed ? '业主表决通过' : '业主表决未通过', body: `「${p.title}」表决结果已公告,可凭回执码核对自己的选票。`, subject: { type: 'Proposal', id: p.id } })))
  // The issues behind it hear of it as of any other stage change (consult/from-issues.ts).
  const told = new Set([...accounts.map((a) => a.account_id), ...(actorId ? [actorId] : [])])
  await runProposalStepHooks(trx, null, next, { kind: 'VOTING_CLOSED', note: result.reason }, told)
  return next
}

/** Owners' votes past their closing time, closed by the clock (no actor). */
export async function closeDueOwnersVotes(db: DB, now = new Date()): Promise<number> {
  const due = await db
    .selectFrom('proposals')
    .innerJoin('electorates', 'electorates.proposal_id', 'proposals.id')
    .select('proposals.id')
    .where('proposals.stage', '=', 'VOTING')
    .where('proposals.voting_closes_at', '<=', now.toISOString())
    .execute()
  let closed = 0
  for (const { id } of due) {
    try {
      await closeOwnersVote(db, id, null, now)
      closed += 1
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error // a coded refusal: another instance closed it first
    }
  }
  return closed
}

/** The counted ballots by receipt, searchable by a receipt's beginning, keyset-paged by receipt in SQL (the `counted` flag is set at closing). */
export async function receiptsPage(db: DB, p: ProposalRow, search: string | null, after: string | null, limit: number) {
  const prefix = (search ?? '').trim().toUpperCase()
  // Receipts are upper-case hex: anything else matches nothing (and never reaches LIKE as a pattern).
  if (!/^[0-9A-Z]*$/.test(prefix)) return { rows: [], totalCount: 0, chainHead: (await chainHeadOf(db, p.id)), at: nowIso() }
  let counted = db.selectFrom('owner_ballots').where('proposal_id', '=', p.id).where('counted', '=', 1)
  if (prefix) counted = counted.where('receipt', 'like', `${prefix}%`)
  const [rows, total, options, chainHead] = await Promise.all([
    (after ? counted.where('receipt', '>', after) : counted).select(['receipt', 'option_ids']).orderBy('receipt').limit(limit + 1).execute(),
    counted.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    db.selectFrom('proposal_options').select(['id', 'label']).where('proposal_id', '=', p.id).execute(),
    chainHeadOf(db, p.id),
  ])
  const labels = new Map(options.map((o) => [o.id, o.label]))
  const page = rows.map((b) => ({ receipt: b.receipt, optionLabels: (JSON.parse(b.option_ids) as string[]).map((id) => labels.get(id) ?? '') }))
  return { rows: page, totalCount: Number(total.n), chainHead, at: nowIso() }
}

const chainHeadOf = async (db: DB, proposalId: string) =>
  (await db.selectFrom('electorates').select('chain_head').where('proposal_id', '=', proposalId).executeTakeFirst())?.chain_head ?? ''

/** Marks the ballot that counts for each owner (the results page lists only these); run once, at closing. */
async function markCounted(trx: DB, proposalId: string): Promise<void> {
  const ids = [...countedBallots(await store.ownerBallots(trx, proposalId)).counted.values()].map((b) => b.id)
  for (let i = 0; i < ids.length; i += 500) await trx.updateTable('owner_ballots').set({ counted: 1 }).where('id', 'in', ids.slice(i, i + 500)).execute()
}
