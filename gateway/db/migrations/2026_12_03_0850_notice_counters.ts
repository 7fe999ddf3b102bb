import { sql, type Kysely } from 'kysely'

// A notice's read and acknowledgement counts kept on its row (notices/store.ts recordMark bumps
// them in the transaction that records the mark), so the list needs no count(*) per listed notice:
// with a few hundred readers a notice those two subqueries cost more than the rest of the page's
// statement. Backfilled here from the marks already recorded.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notices').addColumn('read_count', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('notices').addColumn('ack_count', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await sql`update notices set
    read_count = (select count(*) from notice_reads m where m.notice_id = notices.id),
    ack_count = (select count(*) from notice_acks m where m.notice_id = notices.id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('notices').dropColumn('ack_count').execute()
  await db.schema.alterTable('notices').dropColumn('read_count').execute()
}
