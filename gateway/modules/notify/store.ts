import type { DB } from '../../db/database'
import type { InboxMessageRow, OutboxRow } from '../../db/tables'

export async function insertInbox(db: DB, rows: InboxMessageRow[]): Promise<void> {
  if (rows.length) await db.insertInto('inbox_messages').values(rows).execute()
}

export async function insertOutbox(db: DB, rows: Omit<OutboxRow, 'attempts'>[]): Promise<void> {
  if (rows.length) await db.insertInto('outbox').values(rows).execute()
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

export async function pendingOutbox(db: DB, limit: number): Promise<(OutboxRow & { openid: string | null })[]> {
  return db
    .selectFrom('outbox')
    .leftJoin('accounts', 'accounts.id', 'outbox.account_id')
    .selectAll('outbox')
    .select('accounts.openid')
    .where('outbox.status', '=', 'PENDING')
    .orderBy('outbox.id')
    .limit(limit)
    .execute()
}

export async function settleOutbox(db: DB, id: string, patch: Partial<Pick<OutboxRow, 'status' | 'last_error' | 'sent_at'>>): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ ...patch, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute()
}
