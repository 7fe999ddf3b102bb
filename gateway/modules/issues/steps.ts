import type { GatewayContext } from '../../context'
import type { IssueRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { covers } from '../accounts/policies'
import { requireViewer } from '../accounts/service'
import { assertCleanText } from '../content-check/service'
import { STAFF_STEP_TO, nextStatus, type IssueStatus, type IssueStep } from './lifecycle'
import { ISSUE_HANDLERS, isReporter, isStaffInScope, placeOfIssue } from './policies'
import { checkPhotos, recordStep, whoMaySee, type Step } from './record'
import { findVisibleIssue, visibleOrNotFound } from './service'
import * as store from './store'
import { textLength } from '../../lib/input-text'

type Ctx = GatewayContext

/**
 * Every change of an issue goes through here: guards first (who may, then whether the lifecycle
 * allows it), then one transaction with the row locked that re-checks the status, writes the change
 * and records the step.
 */
async function move(
  ctx: Ctx,
  id: string,
  who: 'staff' | 'reporter',
  step: IssueStep | null,
  patch: (issue: IssueRow, to: string) => Partial<IssueRow>,
  record: (issue: IssueRow, to: string) => Omit<Step, 'status' | 'staff'>,
): Promise<IssueRow> {
  const issue = await visibleOrNotFound(ctx, id)
  const allowed = who === 'staff' ? isStaffInScope(ctx, issue) : isReporter(ctx, issue)
  if (!allowed) throw errors.forbidden(who === 'staff' ? '只有负责这条报事的工作人员可以处理' : '只有报事人可以这样做')
  const conflict = () => errors.conflict('报事当前的状态不允许这一步,请刷新后再试')
  if (step && !nextStatus(issue.status as IssueStatus, step)) throw conflict()
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockIssue(trx, issue.id, ctx.config.database.engine)
    if (!current) throw errors.notFound('报事')
    const to = step ? nextStatus(current.status as IssueStatus, step) : current.status
    if (!to) throw conflict()
    const changes = { ...patch(current, to), status: to, updated_at: nowIso() }
    const next: IssueRow = { ...current, ...changes }
    await trx.updateTable('issues').set(changes).where('id', '=', current.id).execute()
    await recordStep(trx, ctx, next, { ...record(current, to), status: to, staff: who === 'staff' })
    return next
  })
  ctx.loaders.clear()
  return updated
}

function note(value: string | null | undefined, required: string | null): string | null {
  const v = value?.trim() ?? ''
  if (required && !v) throw errors.badInput(required, 'note')
  if (textLength(v) > 500) throw errors.badInput('说明不能超过 500 字', 'note')
  return v || null
}

/** Staff: accept, start, resolve (with a note) or reject (with a reason). */
export async function advanceIssue(ctx: Ctx, id: string, to: string, rawNote: string | null | undefined, photoIds: readonly string[] | null | undefined): Promise<IssueRow> {
  requireViewer(ctx)
  const step = STAFF_STEP_TO[to as IssueStatus]
  if (!step) throw errors.badInput('工作人员只能把报事改为 已受理、处理中、已处理 或 不予受理', 'to')
  const text = note(rawNote, to === 'RESOLVED' ? '请填写处理结果' : to === 'REJECTED' ? '请填写不予受理的原因' : null)
  const photos = checkPhotos(photoIds)
  if (text) await assertCleanText(ctx.contentChecker, text, 'note', { openid: ctx.viewer?.account.openid ?? null })
  const at = nowIso()
  return move(ctx, id, 'staff', step, (issue) => ({
    ...(to === 'ACCEPTED' && !issue.assignee_id ? { assignee_id: ctx.viewer?.account.id ?? null } : {}),
    ...(to === 'RESOLVED' ? { resolved_at: at } : {}),
    ...(to === 'REJECTED' ? { closed_at: at } : {}),
  }), () => ({ kind: to, note: text, photoIds: photos }))
}

/** Staff: a progress note with photos; the status stays. */
export async function addIssueNote(ctx: Ctx, id: string, rawNote: string, photoIds: readonly string[] | null | undefined): Promise<IssueRow> {
  const viewer = requireViewer(ctx)
  const text = note(rawNote, '请填写进展说明')
  const photos = checkPhotos(photoIds)
  await ctx.limiter.consume(viewer.account.id, 'comment')
  if (text) await assertCleanText(ctx.contentChecker, text, 'note', { openid: ctx.viewer?.account.openid ?? null })
  return move(ctx, id, 'staff', null, () => ({}), () => ({ kind: 'NOTE', note: text, photoIds: photos }))
}

/** Staff: hand the issue to another handler whose scope covers it. */
export async function reassignIssue(ctx: Ctx, id: string, assigneeId: string): Promise<IssueRow> {
  requireViewer(ctx)
  const issue = await visibleOrNotFound(ctx, id)
  if (!isStaffInScope(ctx, issue)) throw errors.forbidden('只有负责这条报事的工作人员可以转派')
  const roles = isId(assigneeId) ? await ctx.db.selectFrom('role_assignments').selectAll().where('account_id', '=', assigneeId).execute() : []
  if (!covers(roles, placeOfIssue(issue), ISSUE_HANDLERS)) throw errors.badInput('只能转派给负责该楼栋的网格员、管家或社区管理员', 'assigneeId')
  if (['CLOSED', 'REJECTED'].includes(issue.status)) throw errors.conflict('报事已结束,不能转派')
  const name = (await ctx.db.selectFrom('accounts').select('nickname').where('id', '=', assigneeId).executeTakeFirst())?.nickname ?? ''
  return move(ctx, id, 'staff', null, () => ({ assignee_id: assigneeId }), () => ({ kind: 'REASSIGNED', note: `转交 ${name} 处理`, alsoTell: [assigneeId] }))
}

/**
 * Staff: close as a duplicate of another issue. The copy's reporter and followers follow the original
 * only where they may see it already (a private original stays private: they are not added, and the
 * copy's timeline does not quote its title).
 */
export async function markIssueDuplicate(ctx: Ctx, id: string, originalId: string): Promise<IssueRow> {
  requireViewer(ctx)
  const issue = await visibleOrNotFound(ctx, id)
  if (!isStaffInScope(ctx, issue)) throw errors.forbidden('只有负责这条报事的工作人员可以合并')
  const original = await findVisibleIssue(ctx, originalId)
  if (!original) throw errors.notFound('原报事')
  if (original.id === issue.id || original.community_id !== issue.community_id) throw errors.badInput('只能合并到本社区的另一条报事', 'originalId')
  if (original.duplicate_of) throw errors.badInput('不能合并到一条已被合并的报事', 'originalId')
  const note = original.is_public === 1 ? `与「${original.title}」重复,已合并` : '与一条未公开的报事重复,已合并处理'
  const updated = await move(ctx, id, 'staff', 'DUPLICATE', () => ({ duplicate_of: original.id, closed_at: nowIso() }), () => ({ kind: 'DUPLICATE', note }))
  const followers = await whoMaySee(ctx.db, original, [issue.reporter_id, ...(await store.followersOf(ctx.db, issue.id))])
  await store.addMark(ctx.db, 'issue_followers', original.id, followers, nowIso())
  return updated
}

/** The reporter confirms a resolved issue and rates it 1–5. */
export async function confirmIssue(ctx: Ctx, id: string, rating: number, comment: string | null | undefined): Promise<IssueRow> {
  requireViewer(ctx)
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw errors.badInput('评分为 1 到 5 星', 'rating')
  const text = comment?.trim() || null
  if (text && textLength(text) > 200) throw errors.badInput('评价不能超过 200 字', 'comment')
  if (text) await assertCleanText(ctx.contentChecker, text, 'comment', { openid: ctx.viewer?.account.openid ?? null })
  return move(ctx, id, 'reporter', 'CONFIRM', () => ({ rating, rating_comment: text, closed_at: nowIso() }), () => ({ kind: 'CLOSED', note: `评分 ${rating} 星${text ? `:${text}` : ''}` }))
}

/** The reporter reopens a resolved issue with a reason. */
export async function reopenIssue(ctx: Ctx, id: string, reason: string): Promise<IssueRow> {
  requireViewer(ctx)
  const text = note(reason, '请说明为什么没有解决')
  if (text) await assertCleanText(ctx.contentChecker, text, 'reason', { openid: ctx.viewer?.account.openid ?? null })
  return move(ctx, id, 'reporter', 'REOPEN', () => ({}), () => ({ kind: 'REOPENED', note: text }))
}

const ANSWER_TEXT: Record<string, string> = { YES: '回访:问题已真正解决', NO: '回访:问题没有真正解决,已重新打开', NOT_SURE: '回访:不确定是否解决' }

/** The reporter answers 是否真正解决? once; NO reopens the closed issue. */
export async function answerIssueFollowUp(ctx: Ctx, id: string, answer: string): Promise<IssueRow> {
  requireViewer(ctx)
  const issue = await visibleOrNotFound(ctx, id)
  if (!isReporter(ctx, issue)) throw errors.forbidden('只有报事人可以回答回访')
  if (!issue.follow_up_sent_at || issue.follow_up_answer) throw errors.conflict('这条报事没有待回答的回访')
  return move(ctx, id, 'reporter', answer === 'NO' ? 'FOLLOW_UP_NO' : null, (current) => {
    if (current.follow_up_answer) throw errors.conflict('这条报事没有待回答的回访')
    return { follow_up_answer: answer }
  }, () => ({ kind: 'FOLLOW_UP', note: ANSWER_TEXT[answer] ?? null }))
}
