import { loader, loaderById, type GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ProposalRow, ProposalTaskRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { textLength } from '../../lib/input-text'
import { todayInBeijing } from '../../../src/lib/beijing-time'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { attachMediaList, registerMediaAudience, registerMediaReviewers } from '../media/service'
import { visibleCompoundIds } from '../notices/service'
import { appendEntry, checkFundDecision } from './ledger'
import { fen } from './money'
import { isCalendarDate } from './periods'
import { approvesFinances, keepsFinances, recordsFinances, type FinancePlace } from './policies'
import * as store from './store'
import type { CounterpartyKind, FinanceAccount, FinanceCounterpartyRow, FinanceEntryRow } from './tables'

// The ledger's rules: who records, who approves (never the recorder), what a fund draw must cite,
// how a mistake is corrected (a reversing entry, never an edit), who sees what.

type Ctx = GatewayContext

export const MAX_ENTRY_FEN = 10_000_000_000n

export const entryById = (ctx: Pick<Ctx, 'db' | 'loaders'>) => loaderById<FinanceEntryRow>(ctx, 'financeEntryById', (ids) => store.entriesByIds(ctx.db, ids))
export const counterpartyById = (ctx: Pick<Ctx, 'db' | 'loaders'>) => loaderById<FinanceCounterpartyRow>(ctx, 'financeCounterpartyById', (ids) => store.counterpartiesByIds(ctx.db, ids))
export const reversalOf = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, FinanceEntryRow | null>(ctx, 'financeReversalOf', async (ids) => {
    const rows = await store.reversalsOf(ctx.db, ids)
    return ids.map((id) => rows.find((r) => r.reverses_id === id) ?? null)
  })

export async function compoundPlace(ctx: Pick<Ctx, 'db'>, compoundId: string): Promise<FinancePlace> {
  const compound = isId(compoundId) ? await ctx.db.selectFrom('compounds').select(['id', 'community_id']).where('id', '=', compoundId).executeTakeFirst() : undefined
  if (!compound) throw errors.notFound('小区')
  return { communityId: compound.community_id, compoundId: compound.id }
}

const placeOf = (e: Pick<FinanceEntryRow, 'community_id' | 'compound_id'>): FinancePlace => ({ communityId: e.community_id, compoundId: e.compound_id })

/** Residents of the compound (and staff whose roles reach it) read its accounts. */
export async function readsAccounts(ctx: Ctx, place: FinancePlace): Promise<boolean> {
  if (!ctx.viewer) return false
  return keepsFinances(ctx, place) || (await visibleCompoundIds(ctx)).includes(place.compoundId)
}

export async function requireReader(ctx: Ctx, compoundId: string): Promise<FinancePlace> {
  requireViewer(ctx)
  const place = await compoundPlace(ctx, compoundId)
  if (!(await readsAccounts(ctx, place))) throw errors.forbidden('只有本小区的住户和工作人员可以查看收支公开')
  return place
}

/** An entry the viewer may see: approved ones for readers of the compound, pending ones for its keepers. */
export async function canSeeEntry(ctx: Ctx, e: FinanceEntryRow): Promise<boolean> {
  const place = placeOf(e)
  if (keepsFinances(ctx, place)) return true
  return e.status === 'APPROVED' && (await readsAccounts(ctx, place))
}

export async function findVisibleEntry(ctx: Ctx, id: string): Promise<FinanceEntryRow | null> {
  const e = isId(id) ? await entryById(ctx).load(id) : null
  return e && (await canSeeEntry(ctx, e)) ? e : null
}

registerMediaAudience('FinanceEntry', async (ctx, id) => (await findVisibleEntry(ctx, id)) !== null)
registerMediaReviewers('FinanceEntry', async (ctx, id) => {
  const e = isId(id) ? await entryById(ctx).load(id) : null
  return e !== null && keepsFinances(ctx, placeOf(e))
})

function cleanDescription(value: string, field = 'description'): string {
  const v = value.trim()
  if (textLength(v) < 2 || textLength(v) > 200) throw errors.badInput('摘要需在 2 到 200 字之间', field)
  return v
}

export function checkAmount(amount: bigint, field = 'amountFen'): bigint {
  if (amount <= 0n || amount > MAX_ENTRY_FEN) throw errors.badInput('金额需为正整数(单位:分),单笔不超过 1 亿元', field)
  return amount
}

export function checkDate(date: string, today = todayInBeijing()): string {
  if (!isCalendarDate(date)) throw errors.badInput('日期格式为 YYYY-MM-DD', 'date')
  if (date > today) throw errors.badInput('日期不能晚于今天', 'date')
  return date
}

export interface CounterpartyInput { kind: CounterpartyKind; name: string; accountId?: string | null }

export async function insertCounterparty(trx: DB, compoundId: string, c: CounterpartyInput, at: string): Promise<string> {
  const name = c.name.trim()
  if (!name || textLength(name) > 60) throw errors.badInput('请填写收付款方(不超过 60 字)', 'counterparty')
  if (c.accountId && !(isId(c.accountId) && (await trx.selectFrom('accounts').select('id').where('id', '=', c.accountId).executeTakeFirst()))) throw errors.badInput('收付款方账号不存在', 'counterparty.accountId')
  const id = newId()
  await trx.insertInto('finance_counterparties').values({ id, compound_id: compoundId, kind: c.kind, name, account_id: c.accountId ?? null, created_at: at }).execute()
  return id
}

export interface EntryInput { compoundId: string; date: string; account: FinanceAccount; amountFen: bigint; counterparty?: CounterpartyInput | null; description: string; voucherIds?: readonly string[] | null; decisionId?: string | null }

/** The steward or a committee member records an entry; it is pending until another committee member approves it. */
export async function recordEntry(ctx: Ctx, input: EntryInput): Promise<FinanceEntryRow> {
  const viewer = requireViewer(ctx)
  const place = await compoundPlace(ctx, input.compoundId)
  if (!recordsFinances(ctx, place)) throw errors.forbidden('只有本小区的管家或物管会成员可以记账')
  const date = checkDate(input.date)
  const amount = checkAmount(input.amountFen)
  const description = cleanDescription(input.description)
  const voucherIds = input.voucherIds ?? []
  if (input.decisionId && input.account !== 'FUND_DRAW') throw errors.badInput('只有维修资金支取需要关联业主表决', 'decisionId')
  const at = nowIso()
  const row = await ctx.db.transaction().execute(async (trx) => {
    if (input.account === 'FUND_DRAW') await checkFundDecision(trx, place.compoundId, input.decisionId ?? null)
    const counterpartyId = input.counterparty ? await insertCounterparty(trx, place.compoundId, input.counterparty, at) : null
    const entry = await appendEntry(trx, { ...place, date, account: input.account, amountFen: amount, counterpartyId, description, voucherIds, decisionId: input.decisionId ?? null, taskId: null, reversesId: null, importId: null, recordedBy: viewer.account.id }, at)
    await attachMediaList(trx, ctx, voucherIds, { type: 'FinanceEntry', id: entry.id })
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.record', subject: { type: 'FinanceEntry', id: entry.id }, communityId: place.communityId, details: { seq: entry.seq, account: entry.account, amountFen: amount.toString(), date } })
    return entry
  })
  ctx.loaders.clear()
  return row
}

/** Corrects an entry: a new entry with the amount negated and the same date (its period nets out), pointing at it; the original stays as it was. */
export async function reverseEntry(ctx: Ctx, id: string, reason: string): Promise<FinanceEntryRow> {
  const viewer = requireViewer(ctx)
  const original = await findVisibleEntry(ctx, id)
  if (!original) throw errors.notFound('账目')
  const place = placeOf(original)
  if (!recordsFinances(ctx, place)) throw errors.forbidden('只有本小区的管家或物管会成员可以冲销账目')
  if (original.reverses_id) throw errors.conflict('冲销分录不能再冲销;如有错误请重新记一笔')
  const why = cleanDescription(reason, 'reason')
  const at = nowIso()
  const row = await ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('finance_entries').select('id').where('reverses_id', '=', original.id).executeTakeFirst()) throw errors.conflict('这笔账目已经冲销过了')
    const entry = await appendEntry(trx, {
      ...place, date: original.entry_date, account: original.account, amountFen: -fen(original.amount_fen), counterpartyId: original.counterparty_id, description: `冲销第 ${original.seq} 笔:${why}`,
      voucherIds: [], decisionId: original.decision_id, taskId: original.task_id, reversesId: original.id, importId: null, recordedBy: viewer.account.id,
    }, at)
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.reverse', subject: { type: 'FinanceEntry', id: entry.id }, communityId: place.communityId, details: { reverses: original.id, seq: entry.seq, reason: why } })
    return entry
  })
  ctx.loaders.clear()
  return row
}

export const viewerCanApprove = (ctx: Ctx, e: FinanceEntryRow): boolean =>
  e.status === 'PENDING' && ctx.viewer !== null && e.recorded_by !== ctx.viewer.account.id && approvesFinances(ctx, placeOf(e))

/** A committee member other than the recorder approves a pending entry (once: a second approval is a CONFLICT). */
export async function approveEntry(ctx: Ctx, id: string): Promise<FinanceEntryRow> {
  const viewer = requireViewer(ctx)
  const e = await findVisibleEntry(ctx, id)
  if (!e) throw errors.notFound('账目')
  if (!approvesFinances(ctx, placeOf(e))) throw errors.forbidden('只有本小区物管会成员可以审核账目')
  if (e.recorded_by === viewer.account.id) throw errors.forbidden('记账人不能审核自己记的账,请由另一位物管会成员审核')
  const at = nowIso()
  await ctx.db.transaction().execute(async (trx) => {
    const done = await trx.updateTable('finance_entries').set({ status: 'APPROVED', approved_by: viewer.account.id, approved_at: at }).where('id', '=', e.id).where('status', '=', 'PENDING').executeTakeFirst()
    if (Number(done.numUpdatedRows) !== 1) throw errors.conflict('这笔账目已经审核过了')
    await recordAudit(trx, { actorId: viewer.account.id, action: 'finance.approve', subject: { type: 'FinanceEntry', id: e.id }, communityId: e.community_id, details: { seq: e.seq } })
  })
  ctx.loaders.clear()
  return { ...e, status: 'APPROVED', approved_by: viewer.account.id, approved_at: at }
}

/**
 * An action-plan task's spending, recorded in the ledger inside the caller's transaction (consult's
 * updateTask): a fund draw citing the decision when the proposal uses the maintenance fund,
 * repair spending otherwise; pending until a second committee member approves it.
 */
export async function recordTaskSpending(trx: DB, actorId: string, p: ProposalRow, task: ProposalTaskRow, amount: bigint, note: string | null): Promise<FinanceEntryRow> {
  checkAmount(amount, 'spentCents')
  const fund = p.matter === 'USE_MAINTENANCE_FUND'
  if (fund) await checkFundDecision(trx, p.compound_id, p.id)
  return appendEntry(trx, {
    communityId: p.community_id, compoundId: p.compound_id, date: todayInBeijing(), account: fund ? 'FUND_DRAW' : 'REPAIR', amountFen: amount, counterpartyId: null,
    description: `「${p.title}」${task.title}${note ? `:${note}` : ''}`.slice(0, 200), voucherIds: [], decisionId: fund ? p.id : null, taskId: task.id, reversesId: null, importId: null, recordedBy: actorId,
  })
}

/** Ledger entries of tasks (all statuses), per request. */
export const entriesOfTask = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, FinanceEntryRow[]>(ctx, 'financeEntriesOfTask', async (ids) => {
    const rows = await store.entriesOfTasks(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.task_id === id))
  })

/** Approved fund draws citing decisions, per request. */
export const drawsOfDecision = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, FinanceEntryRow[]>(ctx, 'financeDrawsOfDecision', async (ids) => {
    const rows = await store.entriesOfDecisions(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.decision_id === id && r.account === 'FUND_DRAW'))
  })

export const sumFen = (rows: readonly Pick<FinanceEntryRow, 'amount_fen'>[]): bigint => rows.reduce((s, r) => s + fen(r.amount_fen), 0n)
