import { sql } from 'kysely'
import type { DB } from '../../db/database'
import { isPostgres } from '../roster/store'
import { GENESIS_HASH } from './chain'
import type { FinanceChainTable, FinanceCounterpartyRow, FinanceEntryRow, FinanceQuestionRow } from './tables'

// The finances module's SQL, nothing else. Sums are taken as text (CAST(SUM(..) AS TEXT)) so that
// neither engine's driver turns them into a float.

/** The compound's chain head, locked for the caller's transaction (created at the genesis hash when missing). */
export async function lockChain(trx: DB, compoundId: string): Promise<FinanceChainTable> {
  await trx.insertInto('finance_chains').values({ compound_id: compoundId, head: GENESIS_HASH, length: 0 }).onConflict((oc) => oc.column('compound_id').doNothing()).execute()
  const q = trx.selectFrom('finance_chains').selectAll().where('compound_id', '=', compoundId)
  // SQLite runs one transaction at a time on its one connection; PostgreSQL needs the row lock.
  return (isPostgres(trx) ? q.forUpdate() : q).executeTakeFirstOrThrow()
}

export const entriesByIds = (db: DB, ids: readonly string[]): Promise<FinanceEntryRow[]> =>
  ids.length ? db.selectFrom('finance_entries').selectAll().where('id', 'in', ids).execute() : Promise.resolve([])

export const counterpartiesByIds = (db: DB, ids: readonly string[]): Promise<FinanceCounterpartyRow[]> =>
  ids.length ? db.selectFrom('finance_counterparties').selectAll().where('id', 'in', ids).execute() : Promise.resolve([])

export const reversalsOf = (db: DB, ids: readonly string[]): Promise<FinanceEntryRow[]> =>
  ids.length ? db.selectFrom('finance_entries').selectAll().where('reverses_id', 'in', ids).execute() : Promise.resolve([])

export const questionsOfEntries = (db: DB, ids: readonly string[]): Promise<FinanceQuestionRow[]> =>
  ids.length ? db.selectFrom('finance_questions').selectAll().where('entry_id', 'in', ids).orderBy('asked_at').execute() : Promise.resolve([])

export interface MonthTotal { month: string; account: string; total: string; n: number }

/** Approved totals per month and account for every entry dated up to `end`: one statement, a row per group. */
export async function monthTotals(db: DB, compoundId: string, end: string): Promise<MonthTotal[]> {
  const month = sql<string>`substr(entry_date, 1, 7)`
  const rows = await db
    .selectFrom('finance_entries')
    .select([month.as('month'), 'account', sql<string>`CAST(SUM(amount_fen) AS TEXT)`.as('total'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('compound_id', '=', compoundId)
    .where('status', '=', 'APPROVED')
    .where('entry_date', '<=', end)
    .groupBy([month, 'account'])
    .execute()
  return rows.map((r) => ({ month: r.month, account: r.account, total: String(r.total), n: Number(r.n) }))
}

export async function chainHeadAt(db: DB, compoundId: string, end: string): Promise<{ hash: string; seq: number } | null> {
  const row = await db.selectFrom('finance_entries').select(['hash', 'seq']).where('compound_id', '=', compoundId).where('entry_date', '<=', end).orderBy('seq', 'desc').limit(1).executeTakeFirst()
  return row ? { hash: row.hash, seq: Number(row.seq) } : null
}

export async function questionCounts(db: DB, compoundId: string, start: string, end: string, now: string): Promise<{ open: number; overdue: number }> {
  const row = await db
    .selectFrom('finance_questions')
    .innerJoin('finance_entries', 'finance_entries.id', 'finance_questions.entry_id')
    .select([
      (eb) => eb.fn.countAll<number>().as('open'),
      sql<number>`SUM(CASE WHEN finance_questions.due_at < ${now} THEN 1 ELSE 0 END)`.as('overdue'),
    ])
    .where('finance_questions.compound_id', '=', compoundId)
    .where('finance_questions.answered_at', 'is', null)
    .where('finance_entries.entry_date', '>=', start)
    .where('finance_entries.entry_date', '<=', end)
    .executeTakeFirstOrThrow()
  return { open: Number(row.open ?? 0), overdue: Number(row.overdue ?? 0) }
}

export interface EntryPageQuery { compoundId: string; start: string; end: string; status: 'APPROVED' | 'PENDING'; account: string | null; accounts?: readonly string[]; after: [string, number] | null; limit: number }

/** A page of entries newest first by (date, seq): walks the statement index and stops at the page size. */
export async function entryPage(db: DB, q: EntryPageQuery): Promise<FinanceEntryRow[]> {
  let query = db.selectFrom('finance_entries').selectAll().where('compound_id', '=', q.compoundId).where('status', '=', q.status).where('entry_date', '>=', q.start).where('entry_date', '<=', q.end)
  if (q.account) query = query.where('account', '=', q.account as never)
  if (q.accounts) query = query.where('account', 'in', q.accounts as never)
  if (q.after) {
    const [date, seq] = q.after
    query = query.where((eb) => eb.or([eb('entry_date', '<', date), eb.and([eb('entry_date', '=', date), eb('seq', '<', seq)])]))
  }
  return query.orderBy('entry_date', 'desc').orderBy('seq', 'desc').limit(q.limit).execute()
}

/** How many entries the page query matches: one flat COUNT over the same index range. */
export async function entryCount(db: DB, q: Omit<EntryPageQuery, 'after' | 'limit'>): Promise<number> {
  let query = db.selectFrom('finance_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('compound_id', '=', q.compoundId).where('status', '=', q.status).where('entry_date', '>=', q.start).where('entry_date', '<=', q.end)
  if (q.account) query = query.where('account', '=', q.account as never)
  if (q.accounts) query = query.where('account', 'in', q.accounts as never)
  return Number((await query.executeTakeFirstOrThrow()).n)
}

/** Approved entries citing each of the decisions (fund draws) or tasks, with their reversals. */
export const entriesOfDecisions = (db: DB, ids: readonly string[]): Promise<FinanceEntryRow[]> =>
  ids.length ? db.selectFrom('finance_entries').selectAll().where('decision_id', 'in', ids).where('status', '=', 'APPROVED').orderBy('seq').execute() : Promise.resolve([])

export const entriesOfTasks = (db: DB, ids: readonly string[]): Promise<FinanceEntryRow[]> =>
  ids.length ? db.selectFrom('finance_entries').selectAll().where('task_id', 'in', ids).orderBy('seq').execute() : Promise.resolve([])
