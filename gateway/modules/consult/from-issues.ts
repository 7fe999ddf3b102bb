import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { IssueRow, ProposalRow } from '../../db/tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { cutText } from '../../lib/input-text'
import { hasHomeIn } from '../accounts/households'
import { requireViewer } from '../accounts/service'
import { canSeeIssue } from '../issues/service'
import { noteProposalOnIssues, resolveByProposal, tellIssuePeople } from '../issues/system-steps'
import { clustersOf, type IssueCluster } from './clusters'
import { isStaffReader } from './policies'
import { createProposal } from './proposals'
import { findVisibleProposal, onProposalStep, proposalById } from './service'
import type { ProposalStage } from './stages'
import * as store from './store'

// 报事 → 议事: the committee (or any verified resident) turns a cluster of issues into a proposal
// draft that links them; the issues hear of each stage, and when the work is accepted they resolve.

type Ctx = GatewayContext

const CATEGORY_WORD: Record<string, string> = {
  LIGHTING: '照明', SURVEILLANCE: '监控', SANITATION: '环境卫生', FIRE_SAFETY: '消防安全', REPAIR_ELECTRICAL: '电路维修',
  REPAIR_HARDWARE: '设施维修', DISPUTE: '邻里纠纷', BUSINESS_SERVICE: '商户服务', OTHER: '其他',
}

const STAGE_WORD: Record<ProposalStage, string> = {
  DRAFT: '起草中', COSIGNING: '联署中', DISCUSSION: '讨论中', VOTING: '投票中', PASSED: '表决通过', REJECTED: '表决未通过',
  ACTING: '实施中', DONE: '已完成', WITHDRAWN: '已撤回',
}

/** The proposal steps that change its stage, as the issues behind it show them. */
const STAGE_STEPS = new Set(['SUBMITTED', 'COSIGN_EXPIRED', 'DISCUSSION_OPENED', 'VOTING_OPENED', 'VOTING_CLOSED', 'ACTING_STARTED', 'ACCEPTED', 'WITHDRAWN'])

/** Who may see a compound's clusters: its staff readers (the committee among them) and its verified residents. */
async function mayProposeIn(ctx: Ctx, compound: { id: string; community_id: string }): Promise<boolean> {
  const viewer = requireViewer(ctx)
  if (isStaffReader(ctx, { community_id: compound.community_id, compound_id: compound.id })) return true
  return hasHomeIn(ctx, viewer.account.id, compound.id)
}

async function compoundOrNotFound(ctx: Ctx, compoundId: string) {
  const compound = isId(compoundId) ? await ctx.db.selectFrom('compounds').selectAll().where('id', '=', compoundId).executeTakeFirst() : undefined
  if (!compound) throw errors.notFound('小区')
  return compound
}

/** 居民反映集中, 可发起议事: the compound's clusters at its threshold, for its staff and residents. */
export async function issueClusters(ctx: Ctx, compoundId: string): Promise<IssueCluster[]> {
  const compound = await compoundOrNotFound(ctx, compoundId)
  if (!(await mayProposeIn(ctx, compound))) throw errors.forbidden('只有本小区的认证住户、物管会和工作人员可以查看')
  const settings = await store.settingsOf(ctx.db, compound.id)
  return clustersOf(ctx.db, compound.id, settings.cluster_threshold, settings.cluster_radius_m)
}

/** Where the cluster is, in words: its building (and spot), or a shared spot, or the first building and 等处. */
export async function placeWords(db: DB, issues: readonly IssueRow[]): Promise<string> {
  const buildingIds = [...new Set(issues.map((i) => i.building_id))]
  const names = new Map((await db.selectFrom('buildings').select(['id', 'name']).where('id', 'in', buildingIds).execute()).map((b) => [b.id, b.name]))
  const spots = [...new Set(issues.map((i) => i.spot?.trim()).filter((s): s is string => Boolean(s)))]
  const spot = spots.length === 1 && issues.every((i) => i.spot?.trim() === spots[0]) ? spots[0] : null
  if (buildingIds.length === 1) return `${names.get(buildingIds[0]!) ?? ''}${spot ?? ''}`
  return spot ?? `${names.get(buildingIds[0]!) ?? ''}等处`
}

export async function suggestedTitle(db: DB, cluster: IssueCluster): Promise<string> {
  return cutText(`关于${await placeWords(db, cluster.issues)}${CATEGORY_WORD[cluster.category] ?? ''}问题的议事`, 60)
}

async function suggestedBackground(db: DB, cluster: IssueCluster): Promise<string> {
  const shown = cluster.issues.filter((i) => i.is_public === 1)
  const hidden = cluster.issues.length - shown.length
  const lines = [
    `居民反映集中:${cluster.households} 户居民反映了${await placeWords(db, cluster.issues)}的${CATEGORY_WORD[cluster.category] ?? ''}问题。`,
    ...shown.slice(0, 20).map((i) => `· ${i.title}`),
    ...(hidden ? [`另有 ${hidden} 条未公开的报事。`] : []),
  ]
  return cutText(lines.join('\n'), 2000)
}

/**
 * Turns a cluster into a proposal draft (居民议事, 同意/反对/弃权) linking every issue in it, in the
 * draft's transaction. The issue rows are locked and re-checked there, so two people turning the
 * same cluster at once make one draft with its issues and one CONFLICT.
 */
export async function proposeFromCluster(ctx: Ctx, input: { compoundId: string; clusterId: string; title?: string | null; background?: string | null; question?: string | null }): Promise<ProposalRow> {
  const viewer = requireViewer(ctx)
  const cluster = (await issueClusters(ctx, input.compoundId)).find((c) => c.id === input.clusterId)
  if (!cluster) throw errors.notFound('反映集中的报事')
  const words = await placeWords(ctx.db, cluster.issues)
  const title = input.title?.trim() || (await suggestedTitle(ctx.db, cluster))
  const background = input.background?.trim() || (await suggestedBackground(ctx.db, cluster))
  const question = input.question?.trim() || cutText(`是否同意共同推动解决${words}的${CATEGORY_WORD[cluster.category] ?? ''}问题?`, 200)
  const ids = cluster.issues.map((i) => i.id).sort()
  return createProposal(ctx, { compoundId: input.compoundId, title, background, question, matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' }, async (trx, draft) => {
    const locked = trx.selectFrom('issues').select('id').where('id', 'in', ids).orderBy('id')
    await (ctx.config.database.engine === 'postgres' ? locked.forUpdate() : locked).execute()
    const taken = await trx.selectFrom('proposal_issues').innerJoin('proposals', 'proposals.id', 'proposal_issues.proposal_id').select('proposal_issues.issue_id')
      .where('proposal_issues.issue_id', 'in', ids).where('proposals.stage', 'not in', ['WITHDRAWN', 'REJECTED']).where('proposals.id', '!=', draft.id).executeTakeFirst()
    if (taken) throw errors.conflict('这些报事已经发起了议事,请刷新后查看')
    const at = nowIso()
    await trx.insertInto('proposal_issues').values(ids.map((issue_id) => ({ proposal_id: draft.id, issue_id, linked_at: at }))).execute()
    await noteProposalOnIssues(trx, ids, 'PROPOSAL_LINKED', `已据此发起议事「${draft.title}」(${STAGE_WORD.DRAFT})`, viewer.account.id)
  })
}

export async function linkedIssueIds(db: DB, proposalId: string): Promise<string[]> {
  return (await db.selectFrom('proposal_issues').select('issue_id').where('proposal_id', '=', proposalId).orderBy('issue_id').execute()).map((r) => r.issue_id)
}

// Each stage change reaches the issues behind the proposal: a timeline entry; their reporters and
// supporters told when co-signing and voting open; and on acceptance the issues resolve.
onProposalStep(async (trx, ctx, p, step, told) => {
  if (!STAGE_STEPS.has(step.kind)) return
  const ids = await linkedIssueIds(trx, p.id)
  if (!ids.length) return
  await noteProposalOnIssues(trx, ids, 'PROPOSAL_STAGE', `议事「${p.title}」${STAGE_WORD[p.stage as ProposalStage] ?? p.stage}`, null)
  if (step.kind === 'SUBMITTED' || step.kind === 'VOTING_OPENED') {
    const title = step.kind === 'SUBMITTED' ? '您反映的问题已发起议事,欢迎联署' : '您反映的问题的议事开始投票'
    await tellIssuePeople(trx, ids, { kind: `PROPOSAL_FROM_ISSUES_${p.stage}`, title, body: `「${p.title}」${STAGE_WORD[p.stage as ProposalStage]}`, proposalId: p.id, proposalTitle: p.title, skip: told })
  }
  // Acceptance is a person's act (closeAcceptance), never the clock's: ctx is there.
  if (step.kind === 'ACCEPTED' && p.stage === 'DONE' && ctx) await resolveByProposal(trx, ctx, ids, p)
})

/** The live (or latest) proposal behind an issue. */
async function proposalOfIssue(ctx: Ctx, issueId: string): Promise<ProposalRow | null> {
  const rows = await ctx.db.selectFrom('proposal_issues').innerJoin('proposals', 'proposals.id', 'proposal_issues.proposal_id').select('proposals.id')
    .where('proposal_issues.issue_id', '=', issueId).orderBy('proposal_issues.linked_at', 'desc').execute()
  const all = (await Promise.all(rows.map((r) => proposalById(ctx).load(r.id)))).filter((p): p is ProposalRow => p !== null)
  return all.find((p) => !['WITHDRAWN', 'REJECTED'].includes(p.stage)) ?? all[0] ?? null
}

/** The issues behind a proposal the viewer may see: public ones to whoever sees the proposal, private ones to those who may see each. */
async function issuesOfProposal(ctx: Ctx, p: ProposalRow): Promise<{ shown: IssueRow[]; hidden: number }> {
  const ids = await linkedIssueIds(ctx.db, p.id)
  if (!ids.length) return { shown: [], hidden: 0 }
  const rows = await ctx.db.selectFrom('issues').selectAll().where('id', 'in', ids).orderBy('id').execute()
  const visible = await Promise.all(rows.map(async (r) => r.is_public === 1 || (await canSeeIssue(ctx, r))))
  const shown = rows.filter((_, i) => visible[i])
  return { shown, hidden: rows.length - shown.length }
}

export const fromIssuesResolvers: Resolvers = {
  Query: {
    issueClusters: (_p, { compoundId }, ctx) => issueClusters(ctx, compoundId),
  },
  Mutation: {
    proposeFromCluster: (_p, { input }, ctx) => proposeFromCluster(ctx, input),
  },
  IssueCluster: {
    category: (c) => c.category as never, // an IssueCategory: issues are written from the enum only
    place: (c, _a, ctx) => placeWords(ctx.db, c.issues),
    publicIssues: (c) => c.issues.filter((i) => i.is_public === 1),
    privateCount: (c) => c.issues.filter((i) => i.is_public !== 1).length,
    suggestedTitle: (c, _a, ctx) => suggestedTitle(ctx.db, c),
  },
  Issue: {
    linkedProposal: async (i, _a, ctx) => {
      const p = await proposalOfIssue(ctx, i.id)
      if (!p) return null
      const visible = await findVisibleProposal(ctx, p.id)
      return { id: p.id, title: p.title, stage: p.stage as never, proposal: visible } // stage: written from ProposalStage only
    },
  },
}

/** Proposal fields: the issues behind it. */
export const proposalIssueFields = {
  issues: async (p: ProposalRow, _a: unknown, ctx: Ctx) => (await issuesOfProposal(ctx, p)).shown,
  hiddenIssueCount: async (p: ProposalRow, _a: unknown, ctx: Ctx) => (await issuesOfProposal(ctx, p)).hidden,
}

