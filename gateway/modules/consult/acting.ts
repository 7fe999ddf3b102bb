import type { GatewayContext } from '../../context'
import type { ProposalRow, ProposalTaskRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordTaskSpending } from '../finances/service'
import { changeStage, cleanText, findVisibleProposal, recordProposalStep, requireCommittee, viewerMemberships, visibleOrNotFound } from './service'

// 做: the action plan of a passed proposal, and the households' acceptance of the finished work.

type Ctx = GatewayContext

function money(cents: number | null | undefined, field: string): number {
  const v = cents ?? 0
  if (!Number.isInteger(v) || v < 0 || v > 1e11) throw errors.badInput('金额需为不小于 0 的整数(单位:分)', field)
  return v
}

function dueDate(value: string | null | undefined): string | null {
  if (!value) return null
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw errors.badInput('截止日期格式为 YYYY-MM-DD', 'dueDate')
  return value
}

/** The committee adds a task; the first task turns a PASSED proposal into ACTING. */
export async function addTask(ctx: Ctx, proposalId: string, input: { title: string; ownerName: string; dueDate?: string | null; budgetCents?: number | null }): Promise<ProposalTaskRow> {
  requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, proposalId)
  requireCommittee(ctx, p)
  if (!['PASSED', 'ACTING'].includes(p.stage)) throw errors.conflict('只有通过的议题可以制定实施计划')
  const at = nowIso()
  const task: ProposalTaskRow = {
    id: newId(), proposal_id: p.id, title: cleanText(input.title, 'title', '任务', 1, 60), owner_name: cleanText(input.ownerName, 'ownerName', '负责人', 1, 20),
    due_date: dueDate(input.dueDate), status: 'TODO', budget_cents: money(input.budgetCents, 'budgetCents'), spent_cents: 0, created_at: at, updated_at: at,
  }
  if (p.stage === 'PASSED') {
    await changeStage(ctx, p, 'START_ACTING', {}, { kind: 'ACTING_STARTED', audit: true })
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('proposal_tasks').values(task).execute()
    await recordProposalStep(trx, ctx, { ...p, stage: 'ACTING' }, { kind: 'TASK_ADDED', note: `${task.title}(${task.owner_name})`, audit: true })
  })
  ctx.loaders.clear()
  return task
}

export async function updateTask(ctx: Ctx, id: string, input: { status?: string | null; spentCents?: number | null; note?: string | null; photoIds?: readonly string[] | null }): Promise<ProposalTaskRow> {
  requireViewer(ctx)
  const task = isId(id) ? await ctx.db.selectFrom('proposal_tasks').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  const p = task ? await findVisibleProposal(ctx, task.proposal_id) : null
  if (!task || !p) throw errors.notFound('任务')
  requireCommittee(ctx, p)
  if (p.stage !== 'ACTING') throw errors.conflict('实施阶段才能更新任务')
  const spent = money(input.spentCents, 'spentCents')
  const note = input.note?.trim() ? cleanText(input.note, 'note', '进展说明', 1, 500) : null
  if ((input.photoIds ?? []).length > 9) throw errors.badInput('最多上传 9 张照片', 'photoIds')
  // Spending goes to the compound's ledger (收支公开), pending a second committee member; the task's
  // spent figure is read from the approved entries, so the plan and the statement agree to the fen.
  const next = { ...task, status: input.status ?? task.status, updated_at: nowIso() }
  await ctx.db.transaction().execute(async (trx) => {
    if (spent) await recordTaskSpending(trx, ctx.viewer!.account.id, p, task, BigInt(spent), note) // signed in: requireViewer above
    await trx.updateTable('proposal_tasks').set({ status: next.status, updated_at: next.updated_at }).where('id', '=', task.id).execute()
    await recordProposalStep(trx, ctx, p, { kind: `TASK:${task.id}`, note: [note, spent ? `支出 ${(spent / 100).toFixed(2)} 元(已记入收支公开,待审核)` : null].filter(Boolean).join(';') || null, photoIds: input.photoIds ?? [], audit: true })
  })
  ctx.loaders.clear()
  return next
}

export async function finishWork(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (p.stage !== 'ACTING' || p.acceptance_open) throw errors.conflict('实施阶段才能提请验收')
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('proposal_acceptances').where('proposal_id', '=', p.id).execute()
    await trx.updateTable('proposals').set({ acceptance_open: 1, updated_at: nowIso() }).where('id', '=', p.id).execute()
    await recordProposalStep(trx, ctx, p, { kind: 'ACCEPTANCE_OPENED', note: '请各户验收', audit: true })
  })
  ctx.loaders.clear()
  return { ...p, acceptance_open: 1 }
}

/** A household in scope accepts the work or sends it back (its latest answer counts). */
export async function answerAcceptance(ctx: Ctx, id: string, accept: boolean): Promise<ProposalRow> {
  requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, id)
  const households = [...new Set((await viewerMemberships(ctx, p)).map((m) => m.household_id))]
  if (!households.length) throw errors.forbidden('只有本小区(楼栋)的认证住户可以验收')
  if (p.stage !== 'ACTING' || !p.acceptance_open) throw errors.conflict('现在不在验收阶段')
  for (const householdId of households) {
    await ctx.db.insertInto('proposal_acceptances').values({ proposal_id: p.id, household_id: householdId, accept: accept ? 1 : 0, at: nowIso() })
      .onConflict((oc) => oc.columns(['proposal_id', 'household_id']).doUpdateSet({ accept: accept ? 1 : 0, at: nowIso() })).execute()
  }
  ctx.loaders.clear()
  return p
}

export async function closeAcceptance(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  if (p.stage !== 'ACTING' || !p.acceptance_open) throw errors.conflict('现在不在验收阶段')
  const answers = await ctx.db.selectFrom('proposal_acceptances').select('accept').where('proposal_id', '=', p.id).execute()
  const yes = answers.filter((a) => a.accept === 1).length
  const no = answers.length - yes
  if (yes > no) return changeStage(ctx, p, 'ACCEPTED', { acceptance_open: 0 }, { kind: 'ACCEPTED', note: `${yes} 户验收通过,${no} 户退回`, audit: true, tellScope: true })
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('proposals').set({ acceptance_open: 0, updated_at: nowIso() }).where('id', '=', p.id).execute()
    await recordProposalStep(trx, ctx, p, { kind: 'SENT_BACK', note: `${yes} 户验收通过,${no} 户退回,继续整改`, audit: true })
  })
  ctx.loaders.clear()
  return { ...p, acceptance_open: 0 }
}
