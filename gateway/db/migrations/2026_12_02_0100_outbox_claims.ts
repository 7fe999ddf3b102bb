import { sql, type Kysely } from 'kysely'

// The outbox becomes a queue every gateway instance can drain at once: a row is claimed (SENDING,
// committed) before WeChat is called, so no two instances send it. A failure WeChat reports waits
// until next_attempt_at; after the last attempt, or an answer that cannot change, the row is DEAD
// (the dead letters an admin sees and may send again). FAILED rows of before are DEAD now.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute()
  await db.schema.alterTable('outbox').addColumn('claimed_at', 'text').execute()
  await db.schema.alterTable('outbox').addColumn('consent_spent_at', 'text').execute()
  await sql`UPDATE outbox SET status = 'DEAD' WHERE status = 'FAILED'`.execute(db)
  // Rows once sent with attempts > 0 had spent their acceptance on the first attempt.
  await sql`UPDATE outbox SET consent_spent_at = created_at WHERE attempts > 0`.execute(db)
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'next_attempt_at', 'id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_due').execute()
  await db.schema.alterTable('outbox').dropColumn('consent_spent_at').execute()
  await db.schema.alterTable('outbox').dropColumn('claimed_at').execute()
  await db.schema.alterTable('outbox').dropColumn('next_attempt_at').execute()
}
