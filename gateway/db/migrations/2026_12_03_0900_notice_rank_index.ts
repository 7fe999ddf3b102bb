import { sql, type Kysely } from 'kysely'

// The notices list in its own order, as an index: status, then the list rank (a pinned
// integrity-culture notice 2, another pinned one 1, the rest 0: notices/store.ts rankSql, which
// must stay the same expression, its category written as a literal), newest first, id. The page's
// keys are then read in order and the scan stops at the page's end, with no sort of every visible
// notice (on SQLite a fifth of the page's statement with a few dozen notices; more with more).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index notices_rank on notices (status, (case when pinned = 1 and category = 'INTEGRITY_CULTURE' then 2 else pinned end), published_at, id)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index notices_rank`.execute(db)
}
