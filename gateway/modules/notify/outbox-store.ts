import { sql, type Updateable } from 'kysely'
import { isPostgres, type DB } from '../../db/database'
import type { OutboxRow, OutboxTable } from '../../db/tables'

// The outbox as a queue (delivery.ts): the SQL that claims rows once across every drain running
// at the same time, settles them, and lists and revives the dead letters.

/**
 * Claims up to `limit` due PENDING rows: SENDING, one more attempt, claimed now by `claimedBy`. PostgreSQL skips
 * rows another drain holds (FOR UPDATE SKIP LOCKED), so concurrent drains on any instance take
 * disjoint rows; SQLite has one writer, which makes the one statement the claim.
 */
export async function claimOutbox(db: DB, at: string, limit: number, claimedBy: string | null = null): Promise<OutboxRow[]> {
  let due = db
    .selectFrom('outbox')
    .select('id')
    .where('status', '=', 'PENDING')
    .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', at)]))
    // Held for the person's quiet hours: not before their time (the inbox already has it).
    .where((eb) => eb.or([eb('hold_until', 'is', null), eb('hold_until', '<=', at)]))
    .orderBy('id')
    .limit(limit)
  if (isPostgres(db)) due = due.forUpdate().skipLocked()
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'SENDING', claimed_at: at, claimed_by: claimedBy, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', due)
    .where('status', '=', 'PENDING')
    .returningAll()
    .execute()
}

export async function openids(db: DB, accountIds: readonly string[]): Promise<Map<string, string | null>> {
  if (!accountIds.length) return new Map()
  const rows = await db.selectFrom('accounts').select(['id', 'openid']).where('id', 'in', [...new Set(accountIds)]).execute()
  return new Map(rows.map((r) => [r.id, r.openid]))
}

type Settle = Pick<Updateable<OutboxTable>, 'status' | 'last_error' | 'sent_at' | 'next_attempt_at' | 'consent_spent_at' | 'dead_reason'>

/** Settles a row this drain claimed (only while it is still SENDING: nothing else may have touched it). */
export async function settleOutbox(db: DB, id: string, patch: Settle): Promise<void> {
  await db.updateTable('outbox').set(patch).where('id', '=', id).where('status', '=', 'SENDING').execute()
}

/**
 * A row left SENDING since before `before` belongs to a drain that died between claiming it and
 * hearing WeChat's answer: it may have been delivered, so it is never sent again on its own — it
 * becomes a dead letter an admin can look at. Returns how many.
 */
export async function buryInterrupted(db: DB, before: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'DEAD', dead_reason: 'INTERRUPTED', last_error: 'interrupted while sending: may have been delivered, not sent again' })
    .where('status', '=', 'SENDING')
    .where('claimed_at', '<', before)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

export type DeadLetterRow = OutboxRow & { recipient_nickname: string | null; recipient_deleted_at: string | null }

/** Accounts that belong to one of the communities: a household member there or staff there. */
function inCommunities(db: DB, communityIds: readonly string[]) {
  return db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .select('household_members.account_id')
    .where('compounds.community_id', 'in', communityIds)
    .union(db.selectFrom('role_assignments').select('account_id').where('community_id', 'in', communityIds))
}

function letters(db: DB, communityIds: readonly string[]) {
  return db
    .selectFrom('outbox')
    .innerJoin('accounts', 'accounts.id', 'outbox.account_id')
    .selectAll('outbox')
    .select(['accounts.nickname as recipient_nickname', 'accounts.deleted_at as recipient_deleted_at'])
    .where('outbox.account_id', 'in', inCommunities(db, communityIds))
}

/** Dead letters to people of the communities, newest first, after the cursor id. */
export async function deadLetters(db: DB, communityIds: readonly string[], afterId: string | null, limit: number): Promise<DeadLetterRow[]> {
  if (!communityIds.length) return []
  let q = letters(db, communityIds).where('outbox.status', '=', 'DEAD')
  if (afterId) q = q.where('outbox.id', '<', afterId)
  return q.orderBy('outbox.id', 'desc').limit(limit).execute()
}

/** Outbox row `id` (any status) if its recipient belongs to one of the communities. */
export async function letterInCommunities(db: DB, id: string, communityIds: readonly string[]): Promise<DeadLetterRow | undefined> {
  if (!communityIds.length) return undefined
  return letters(db, communityIds).where('outbox.id', '=', id).executeTakeFirst()
}

/** A dead letter goes back to PENDING with a fresh count of attempts (its acceptance stays spent); false when it is not DEAD. */
export async function reviveDeadLetter(db: DB, id: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ status: 'PENDING', attempts: 0, next_attempt_at: null, claimed_at: null, claimed_by: null, dead_reason: null })
    .where('id', '=', id)
    .where('status', '=', 'DEAD')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export const countByStatus = (db: DB) =>
  db.selectFrom('outbox').select(['status', sql<number>`count(*)`.as('n')]).groupBy('status').execute()
