import { sql, type Insertable } from 'kysely'
import type { DB } from '../../db/database'
import type { InboxMessageRow, OutboxTable } from '../../db/tables'
import type { DigestItemTable } from './tables'

/**
 * Rows per INSERT: a notice to a whole community is thousands of rows, and one statement of them all
 * would pass SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. A few statements, never one a person.
 */
export const INSERT_BATCH = 1000

/** `items` in slices of at most `size`, in order. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export async function insertInbox(db: DB, rows: InboxMessageRow[]): Promise<void> {
  for (const batch of slices(rows, INSERT_BATCH)) await db.insertInto('inbox_messages').values(batch).execute()
}

export async function insertDigestItems(db: DB, rows: DigestItemTable[]): Promise<void> {
  for (const batch of slices(rows, INSERT_BATCH)) await db.insertInto('digest_items').values(batch).execute()
}

export async function insertOutbox(db: DB, rows: Insertable<OutboxTable>[]): Promise<void> {
  for (const batch of slices(rows, INSERT_BATCH)) await db.insertInto('outbox').values(batch).execute()
}

export async function inboxPage(db: DB, accountId: string, unreadOnly: boolean, afterId: string | null, limit: number): Promise<InboxMessageRow[]> {
  let q = db.selectFrom('inbox_messages').selectAll().where('account_id', '=', accountId)
  if (unreadOnly) q = q.where('read_at', 'is', null)
  if (afterId) q = q.where('id', '<', afterId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}

export async function unreadCounts(db: DB, accountIds: readonly string[]): Promise<{ account_id: string; n: number }[]> {
  return db
    .selectFrom('inbox_messages')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', 'in', accountIds)
    .where('read_at', 'is', null)
    .groupBy('account_id')
    .execute()
}

export async function markRead(db: DB, accountId: string, ids: readonly string[] | 'all', at: string): Promise<number> {
  let q = db.updateTable('inbox_messages').set({ read_at: at }).where('account_id', '=', accountId).where('read_at', 'is', null)
  if (ids !== 'all') {
    if (!ids.length) return 0
    q = q.where('id', 'in', ids)
  }
  const result = await q.executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/** Most acceptances of one template kept per person: WeChat itself refuses what was not accepted. */
export const CONSENT_CAP = 100

/** One more accepted message of each template for the person (each id counted once per call). */
export async function addConsents(db: DB, accountId: string, templateIds: readonly string[], at: string): Promise<void> {
  for (const templateId of new Set(templateIds)) {
    await db
      .insertInto('subscribe_consents')
      .values({ account_id: accountId, template_id: templateId, remaining: 1, updated_at: at })
      .onConflict((oc) =>
        oc.columns(['account_id', 'template_id']).doUpdateSet({
          remaining: sql<number>`CASE WHEN subscribe_consents.remaining < ${CONSENT_CAP} THEN subscribe_consents.remaining + 1 ELSE ${CONSENT_CAP} END`,
          updated_at: at,
        }),
      )
      .execute()
  }
}

/** Spends one acceptance; false when the person has none left (then nothing may be sent). */
export async function spendConsent(db: DB, accountId: string, templateId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('subscribe_consents')
    .set((eb) => ({ remaining: eb('remaining', '-', 1), updated_at: at }))
    .where('account_id', '=', accountId)
    .where('template_id', '=', templateId)
    .where('remaining', '>', 0)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function consents(db: DB, accountId: string): Promise<{ template_id: string; remaining: number }[]> {
  return db.selectFrom('subscribe_consents').select(['template_id', 'remaining']).where('account_id', '=', accountId).where('remaining', '>', 0).orderBy('template_id').execute()
}
