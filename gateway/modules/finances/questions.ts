import { loader, type GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { textLength } from '../../lib/input-text'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { notify } from '../notify/service'
import { approvesFinances } from './policies'
import { findVisibleEntry, readsAccounts } from './service'
import * as store from './store'
import type { FinanceQuestionRow } from './tables'

// 质询: a resident of the compound asks about an approved entry; the committee answers publicly
// within ANSWER_DAYS. Question and answer stay with the entry; an unanswered one past its due time
// shows as overdue on the statement.

type Ctx = GatewayContext

export const ANSWER_DAYS = 7

export const questionsOfEntry = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, FinanceQuestionRow[]>(ctx, 'financeQuestionsOfEntry', async (ids) => {
    const rows = await store.questionsOfEntries(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.entry_id === id))
  })

export const isOverdue = (q: Pick<FinanceQuestionRow, 'answered_at' | 'due_at'>, now = nowIso()) => q.answered_at === null && q.due_at < now

function cleanBody(value: string, field: string, min: number, max: number): string {
  const v = value.trim()
  if (textLength(v) < min || textLength(v) > max) throw errors.badInput(`内容需在 ${min} 到 ${max} 字之间`, field)
  return v
}

async function committeeOf(db: DB, compoundId: string): Promise<string[]> {
  const rows = await db.selectFrom('role_assignments').select('account_id').where('role', '=', 'COMMITTEE').where('scope_id', '=', compoundId).execute()
  return rows.map((r) => r.account_id)
}

export async function askQuestion(ctx: Ctx, entryId: string, body: string, now = new Date()): Promise<FinanceQuestionRow> {
  const viewer = requireViewer(ctx)
  const entry = await findVisibleEntry(ctx, entryId)
  if (!entry || entry.status !== 'APPROVED') throw errors.notFound('账目')
  if (!(await readsAccounts(ctx, { communityId: entry.community_id, compoundId: entry.compound_id }))) throw errors.forbidden('只有本小区的住户可以质询')
  const row: FinanceQuestionRow = {
    id: newId(), entry_id: entry.id, compound_id: entry.compound_id, asker_id: viewer.account.id, body: cleanBody(body, 'body', 4, 500),
    asked_at: now.toISOString(), due_at: new Date(now.getTime() + ANSWER_DAYS * 86_400_000).toISOString(), answer: null, answered_by: null, answered_at: null,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('finance_questions').values(row).execute()
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.question', subject: { type: 'FinanceEntry', id: entry.id }, communityId: entry.community_id, details: { questionId: row.id } })
    await notify(trx, (await committeeOf(trx, entry.compound_id)).map((accountId) => ({ accountId, kind: 'FINANCE_QUESTION', title: '收支质询', body: `第 ${entry.seq} 笔账目有居民质询,请在 ${ANSWER_DAYS} 天内公开答复。`, subject: { type: 'FinanceEntry', id: entry.id } })))
  })
  ctx.loaders.clear()
  return row
}

export async function answerQuestion(ctx: Ctx, id: string, answer: string): Promise<FinanceQuestionRow> {
  const viewer = requireViewer(ctx)
  const q = isId(id) ? await ctx.db.selectFrom('finance_questions').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  const entry = q ? await findVisibleEntry(ctx, q.entry_id) : null
  if (!q || !entry) throw errors.notFound('质询')
  if (!approvesFinances(ctx, { communityId: entry.community_id, compoundId: entry.compound_id })) throw errors.forbidden('只有本小区物管会成员可以答复质询')
  const text = cleanBody(answer, 'answer', 2, 1000)
  const at = nowIso()
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('finance_questions').set({ answer: text, answered_by: viewer.account.id, answered_at: at }).where('id', '=', q.id).where('answered_at', 'is', null).executeTakeFirst()
    if (Number(done.numUpdatedRows) !== 1) throw errors.conflict('这条质询已经答复过了')
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.answer', subject: { type: 'FinanceEntry', id: entry.id }, communityId: entry.community_id, details: { questionId: q.id } })
    if (q.asker_id) await notify(trx, [{ accountId: q.asker_id, kind: 'FINANCE_ANSWER', title: '质询已答复', body: `您对第 ${entry.seq} 笔账目的质询已由物管会公开答复。`, subject: { type: 'FinanceEntry', id: entry.id } }])
  })
  ctx.loaders.clear()
  return { ...q, answer: text, answered_by: viewer.account.id, answered_at: at }
}
