import type { GatewayContext } from '../../context'
import type { ProposalCommentRow, ProposalRow } from '../../db/tables'
import type { CommentModel, OptionModel } from './models'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { assertCleanText } from '../content-check/service'
import { checkPin } from './proposals'
import { isAdvisor, isCommittee, isStaffReader } from './policies'
import { cleanText, findVisibleProposal, recordProposalStep, requireCommittee, viewerMemberships, visibleOrNotFound } from './service'
import { formatFull } from '../../../src/lib/beijing-time'

// 议: comments with one level of replies, reports and hiding, amendments, the meeting and its minutes.

type Ctx = GatewayContext
const OPEN_FOR_TALK = ['COSIGNING', 'DISCUSSION', 'VOTING']

async function mayTalk(ctx: Ctx, p: ProposalRow): Promise<boolean> {
  return (await viewerMemberships(ctx, p)).length > 0 || isCommittee(ctx, p) || isAdvisor(ctx, p)
}

export async function addComment(ctx: Ctx, input: { proposalId: string; body: string; parentId?: string | null }): Promise<CommentModel> {
  const viewer = requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, input.proposalId)
  if (!(await mayTalk(ctx, p))) throw errors.forbidden('只有本小区(楼栋)的住户、物管会和顾问团可以发言')
  if (!OPEN_FOR_TALK.includes(p.stage)) throw errors.conflict('议题现在不能发表评论')
  const body = cleanText(input.body, 'body', '评论', 1, 1000)
  let parentId: string | null = null
  if (input.parentId != null) {
    const parent = isId(input.parentId) ? await ctx.db.selectFrom('proposal_comments').selectAll().where('id', '=', input.parentId).where('proposal_id', '=', p.id).executeTakeFirst() : undefined
    if (!parent) throw errors.notFound('评论')
    if (parent.parent_id) throw errors.badInput('只能回复评论,不能回复回复', 'parentId')
    parentId = parent.id
  }
  await ctx.limiter.consume(viewer.account.id, 'comment')
  await assertCleanText(ctx.contentChecker, body, 'body', { openid: viewer.account.openid })
  const row: ProposalCommentRow = { id: newId(), proposal_id: p.id, parent_id: parentId, author_id: viewer.account.id, kind: isAdvisor(ctx, p) && !parentId ? 'ADVISOR' : 'RESIDENT', body, hidden: 0, created_at: nowIso() }
  await ctx.db.insertInto('proposal_comments').values(row).execute()
  ctx.loaders.clear()
  return { ...row, proposal: p }
}

async function commentInView(ctx: Ctx, id: string): Promise<{ comment: ProposalCommentRow; proposal: ProposalRow }> {
  requireViewer(ctx)
  const comment = isId(id) ? await ctx.db.selectFrom('proposal_comments').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  const proposal = comment ? await findVisibleProposal(ctx, comment.proposal_id) : null
  if (!comment || !proposal) throw errors.notFound('评论')
  return { comment, proposal }
}

/** A resident reports a comment (once; repeating changes nothing). */
export async function reportComment(ctx: Ctx, id: string): Promise<CommentModel> {
  const { comment, proposal } = await commentInView(ctx, id)
  await ctx.db.insertInto('comment_reports').values({ comment_id: comment.id, account_id: ctx.viewer!.account.id, at: nowIso() }).onConflict((oc) => oc.columns(['comment_id', 'account_id']).doNothing()).execute() // viewer checked in commentInView
  ctx.loaders.clear()
  return { ...comment, proposal }
}

/** Staff of the compound hide (or show again) a comment; audited. */
export async function hideComment(ctx: Ctx, id: string, hidden: boolean): Promise<CommentModel> {
  const { comment, proposal } = await commentInView(ctx, id)
  if (!isStaffReader(ctx, proposal) || isAdvisor(ctx, proposal) && !isCommittee(ctx, proposal)) throw errors.forbidden('只有小区工作人员可以隐藏评论')
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('proposal_comments').set({ hidden: hidden ? 1 : 0 }).where('id', '=', comment.id).execute()
    await recordAudit(trx, { actorId: ctx.viewer!.account.id, action: hidden ? 'comment.hide' : 'comment.show', subject: { type: 'Comment', id: comment.id }, communityId: proposal.community_id }) // viewer checked in commentInView
  })
  ctx.loaders.clear()
  return { ...comment, hidden: hidden ? 1 : 0, proposal }
}

/** An amendment: a new option while discussion is open (not for yes/no/abstain ballots). */
export async function addOption(ctx: Ctx, input: { proposalId: string; label: string; pinX?: number | null; pinY?: number | null }): Promise<OptionModel> {
  const viewer = requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, input.proposalId)
  if (!(await viewerMemberships(ctx, p)).length && !isCommittee(ctx, p)) throw errors.forbidden('只有本小区(楼栋)的住户或物管会可以提出修正选项')
  if (p.ballot_kind === 'YES_NO_ABSTAIN') throw errors.badInput('同意/反对/弃权表决不能增加选项', 'label')
  if (p.stage !== 'DISCUSSION') throw errors.conflict('只有讨论阶段可以增加选项')
  const label = cleanText(input.label, 'label', '选项', 1, 40)
  await assertCleanText(ctx.contentChecker, label, 'label', { openid: viewer.account.openid })
  const row = { id: newId(), proposal_id: p.id, label, ...checkPin(input.pinX, input.pinY), amendment: 1, author_id: viewer.account.id, created_at: nowIso() }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('proposal_options').values(row).execute()
    await recordProposalStep(trx, ctx, p, { kind: 'AMENDMENT', note: `新增选项:${label}` })
  })
  ctx.loaders.clear()
  return { ...row, proposal: p }
}

export async function scheduleMeeting(ctx: Ctx, id: string, at: string, place: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (!['DISCUSSION', 'VOTING'].includes(p.stage)) throw errors.conflict('讨论阶段才能安排议事会')
  const where = cleanText(place, 'place', '地点', 1, 60)
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('proposals').set({ meeting_at: at, meeting_place: where, updated_at: nowIso() }).where('id', '=', p.id).execute()
    await recordProposalStep(trx, ctx, p, { kind: 'MEETING_SCHEDULED', note: `${formatFull(at)} ${where}`, audit: true })
  })
  ctx.loaders.clear()
  return { ...p, meeting_at: at, meeting_place: where }
}

export async function postMinutes(ctx: Ctx, id: string, minutes: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (!p.meeting_at) throw errors.conflict('请先安排议事会')
  const text = cleanText(minutes, 'minutes', '会议纪要', 1, 5000)
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('proposals').set({ minutes: text, updated_at: nowIso() }).where('id', '=', p.id).execute()
    await recordProposalStep(trx, ctx, p, { kind: 'MINUTES_POSTED', audit: true })
  })
  ctx.loaders.clear()
  return { ...p, minutes: text }
}
