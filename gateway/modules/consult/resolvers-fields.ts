import { loader, type GatewayContext } from '../../context'
import type { ProposalCommentRow, ProposalRow } from '../../db/tables'
import type { Resolvers } from '../../generated/resolvers'
import { accountById } from '../accounts/service'
import { buildingById, compoundById, required } from '../community/service'
import { mediaById, mediaOfSubject } from '../media/service'
import { isCommittee, isStaffReader } from './policies'
import { requireCommittee, viewerMemberships } from './service'
import { isArticle278 } from './stages'
import * as store from './store'
import type { TallyResult, Voter } from './tally'
import { votersOf, votingHouseholds } from './voting'
import { electorateOf, viewerOwnerBallot } from '../roster/owner-voting'
import { entriesOfTask, sumFen } from '../finances/service'

// How a proposal and its parts read: who sees what (ballots: only one's own household's).

type Ctx = GatewayContext

const byProposal = <R extends { proposal_id: string }>(ctx: Ctx, name: string, fetch: (ids: readonly string[]) => Promise<R[]>) =>
  loader<string, R[]>(ctx, name, async (ids) => {
    const rows = await fetch(ids)
    return ids.map((id) => rows.filter((r) => r.proposal_id === id))
  })

const optionsOf = (ctx: Ctx) => byProposal(ctx, 'proposalOptions', (ids) => ctx.db.selectFrom('proposal_options').selectAll().where('proposal_id', 'in', ids).orderBy('id').execute())
const commentsOf = (ctx: Ctx) => byProposal(ctx, 'proposalComments', (ids) => ctx.db.selectFrom('proposal_comments').selectAll().where('proposal_id', 'in', ids).orderBy('id').execute())
const eventsOf = (ctx: Ctx) => byProposal(ctx, 'proposalEvents', (ids) => ctx.db.selectFrom('proposal_events').selectAll().where('proposal_id', 'in', ids).orderBy('id').execute())
/** A task's approved ledger spending (finances), in fen. */
const approvedSpending = async (ctx: Ctx, taskId: string) => sumFen((await entriesOfTask(ctx).load(taskId)).filter((e) => e.status === 'APPROVED'))
const tasksOf = (ctx: Ctx) => byProposal(ctx, 'proposalTasks', (ids) => ctx.db.selectFrom('proposal_tasks').selectAll().where('proposal_id', 'in', ids).orderBy('id').execute())
const cosignsOf = (ctx: Ctx) => byProposal(ctx, 'proposalCosigns', (ids) => ctx.db.selectFrom('proposal_cosigns').selectAll().where('proposal_id', 'in', ids).execute())
const reportsOf = (ctx: Ctx) =>
  loader<string, string[]>(ctx, 'commentReports', async (ids) => {
    const rows = await ctx.db.selectFrom('comment_reports').select(['comment_id', 'account_id']).where('comment_id', 'in', ids).execute()
    return ids.map((id) => rows.filter((r) => r.comment_id === id).map((r) => r.account_id))
  })

/** Exact area in hundredths of m² (the roster gives it; household areas are rounded to it). */
const centiOf = (voters: readonly Voter[]) => voters.reduce((s, v) => s + (v.areaCenti ?? Math.round(v.areaM2 * 100)), 0)
const parsedResult = (p: ProposalRow): TallyResult | null => (p.result ? (JSON.parse(p.result) as TallyResult) : null)
/** Top-level comments of one kind, each carrying its proposal (for the hidden and staff rules). */
function topLevel(p: ProposalRow, rows: ProposalCommentRow[], kind: string) {
  return rows.filter((c) => c.kind === kind && !c.parent_id).map((c) => ({ ...c, proposal: p }))
}

export const fieldResolvers: Resolvers = {
  Proposal: {
    stage: (p) => p.stage as never, // written from ProposalStage only
    matter: (p) => p.matter as never, // written from MatterKind only
    ballotKind: (p) => p.ballot_kind as never, // written from BallotKind only
    advisory: (p) => !isArticle278(p.matter),
    maxChoices: (p) => p.max_choices,
    compound: (p, _a, ctx) => required(compoundById(ctx).load(p.compound_id), 'compound'),
    building: (p, _a, ctx) => (p.building_id ? buildingById(ctx).load(p.building_id) : null),
    author: (p, _a, ctx) => (p.author_id ? accountById(ctx).load(p.author_id) : null),
    createdAt: (p) => p.created_at,
    cosignCount: async (p, _a, ctx) => (await cosignsOf(ctx).load(p.id)).length,
    cosignThreshold: (p) => p.cosign_threshold,
    cosignDeadline: (p) => p.cosign_deadline,
    viewerHasCosigned: async (p, _a, ctx) => {
      const mine = new Set((await viewerMemberships(ctx, p)).map((m) => m.household_id))
      return (await cosignsOf(ctx).load(p.id)).some((c) => mine.has(c.household_id))
    },
    viewerCanCosign: async (p, _a, ctx) => p.stage === 'COSIGNING' && (await viewerMemberships(ctx, p)).some((m) => m.household_id !== p.author_household_id),
    options: async (p, _a, ctx) => (await optionsOf(ctx).load(p.id)).map((o) => ({ ...o, proposal: p })),
    comments: async (p, _a, ctx) => topLevel(p, await commentsOf(ctx).load(p.id), 'RESIDENT'),
    opinions: async (p, _a, ctx) => topLevel(p, await commentsOf(ctx).load(p.id), 'ADVISOR'),
    meeting: (p) => (p.meeting_at || p.minutes ? { at: p.meeting_at, place: p.meeting_place, minutes: p.minutes } : null),
    votingClosesAt: (p) => p.voting_closes_at,
    participation: async (p, _a, ctx) => {
      if (!['VOTING', 'PASSED', 'REJECTED', 'ACTING', 'DONE'].includes(p.stage)) return null
      const voters = await votersOf(ctx.db, p)
      const total = voters.reduce((s, v) => s + v.households, 0)
      const voted = voters.filter((v) => v.choice).reduce((s, v) => s + v.households, 0)
      const area = voters.reduce((s, v) => s + v.areaM2, 0)
      const votedArea = voters.filter((v) => v.choice).reduce((s, v) => s + v.areaM2, 0)
      const owners = voters.filter((v) => v.choice).length
      return {
        eligibleHouseholds: total, votedHouseholds: voted, households: total ? voted / total : 0, area: area ? votedArea / area : 0,
        quorumReached: voters.length > 0 && owners * 3 >= voters.length * 2 && centiOf(voters.filter((v) => v.choice)) * 3 >= centiOf(voters) * 2,
      }
    },
    result: (p) => parsedResult(p),
    viewerBallot: async (p, _a, ctx) => {
      if (await electorateOf(ctx, p.id)) return viewerOwnerBallot(ctx, p.id)
      const households = (await viewerMemberships(ctx, p)).map((m) => m.household_id)
      if (!households.length) return null
      const ballot = await ctx.db.selectFrom('ballots').selectAll().where('proposal_id', '=', p.id).where('household_id', 'in', households).orderBy('cast_at', 'desc').executeTakeFirst()
      return ballot ? { optionIds: JSON.parse(ballot.option_ids) as string[], assisted: ballot.assisted === 1, receipt: ballot.receipt, castAt: ballot.cast_at } : null
    },
    viewerCanVote: async (p, _a, ctx) => p.stage === 'VOTING' && (await votingHouseholds(ctx, p)).reason === null,
    viewerVoteBlockedReason: async (p, _a, ctx) => (await votingHouseholds(ctx, p)).reason,
    viewerIsCommittee: (p, _a, ctx) => isCommittee(ctx, p),
    viewerIsAuthor: (p, _a, ctx) => p.author_id === ctx.viewer?.account.id,
    householdsInScope: async (p, _a, ctx) => {
      requireCommittee(ctx, p)
      const owners = isArticle278(p.matter)
      const rows = await store.householdsInScope(ctx.db, p)
      const byPlace = new Intl.Collator('zh-CN', { numeric: true })
      rows.sort((a, b) => a.building_sort - b.building_sort || byPlace.compare(a.building_name, b.building_name) || byPlace.compare(a.unit, b.unit) || byPlace.compare(a.room, b.room))
      // Whether a ballot exists and how it was recorded; never its choice.
      return rows.map((h) => ({
        id: h.id, label: `${h.building_name} ${h.unit}单元 ${h.room}室`, areaM2: Number(h.area_m2),
        mayVote: !owners || Boolean(Number(h.has_owner)), voted: h.ballot_assisted !== null, assisted: Number(h.ballot_assisted) === 1,
      }))
    },
    sitePlan: async (p, _a, ctx) => {
      const id = (await store.settingsOf(ctx.db, p.compound_id)).site_plan_media_id
      return id ? mediaById(ctx).load(id) : null
    },
    tasks: (p, _a, ctx) => tasksOf(ctx).load(p.id),
    budgetCents: async (p, _a, ctx) => (await tasksOf(ctx).load(p.id)).reduce((s, t) => s + Number(t.budget_cents), 0),
    spentCents: async (p, _a, ctx) => Number((await Promise.all((await tasksOf(ctx).load(p.id)).map((t) => approvedSpending(ctx, t.id)))).reduce((s, v) => s + v, 0n)),
    acceptanceOpen: (p) => p.acceptance_open === 1,
    acceptance: async (p, _a, ctx) => {
      const answers = await ctx.db.selectFrom('proposal_acceptances').selectAll().where('proposal_id', '=', p.id).execute()
      const mine = new Set((await viewerMemberships(ctx, p)).map((m) => m.household_id))
      const own = answers.find((a) => mine.has(a.household_id))
      return { accepted: answers.filter((a) => a.accept === 1).length, sentBack: answers.filter((a) => a.accept === 0).length, viewerAnswer: own ? own.accept === 1 : null }
    },
    timeline: async (p, _a, ctx) => (await eventsOf(ctx).load(p.id)).filter((e) => !e.kind.startsWith('TASK:')),
  },
  ProposalOption: {
    pinX: (o) => o.pin_x,
    pinY: (o) => o.pin_y,
    amendment: (o) => o.amendment === 1,
    votes: (o) => parsedResult(o.proposal)?.votes[o.id] ?? null,
  },
  ProposalResult: {
    winningOptionIds: (r) => r.winningOptionIds,
  },
  Comment: {
    kind: (c) => c.kind as never, // written from CommentKind only
    body: (c, _a, ctx) => (c.hidden && !isStaffReader(ctx, c.proposal) ? '(该评论已被隐藏)' : c.body),
    author: (c, _a, ctx) => (c.author_id ? accountById(ctx).load(c.author_id) : null),
    replies: async (c, _a, ctx) => (await commentsOf(ctx).load(c.proposal_id)).filter((r) => r.parent_id === c.id).map((r) => ({ ...r, proposal: c.proposal })),
    hidden: (c) => c.hidden === 1,
    reportCount: async (c, _a, ctx) => (isStaffReader(ctx, c.proposal) ? (await reportsOf(ctx).load(c.id)).length : 0),
    viewerReported: async (c, _a, ctx) => (ctx.viewer ? (await reportsOf(ctx).load(c.id)).includes(ctx.viewer.account.id) : false),
    createdAt: (c) => c.created_at,
  },
  ProposalTask: {
    ownerName: (t) => t.owner_name,
    dueDate: (t) => t.due_date,
    status: (t) => t.status as never, // written from TaskStatus only
    budgetCents: (t) => Number(t.budget_cents),
    spentCents: async (t, _a, ctx) => Number(await approvedSpending(ctx, t.id)),
    notes: async (t, _a, ctx) => (await eventsOf(ctx).load(t.proposal_id)).filter((e) => e.kind === `TASK:${t.id}`),
  },
  ProposalEvent: {
    kind: (e) => (e.kind.startsWith('TASK:') ? 'TASK_PROGRESS' : e.kind),
    stage: (e) => e.stage as never, // written from ProposalStage only
    actor: (e, _a, ctx) => (e.actor_id ? accountById(ctx).load(e.actor_id) : null),
    photos: (e, _a, ctx) => mediaOfSubject(ctx, 'ProposalEvent').load(e.id),
  },
}

