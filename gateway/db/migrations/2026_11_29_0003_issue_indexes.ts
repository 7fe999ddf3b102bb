import type { Kysely } from 'kysely'

// The workbench walks "assigned to me" newest first on its own (see newestOf in modules/issues/store.ts);
// without this index that walk reads the whole table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('issues_assignee').on('issues').columns(['assignee_id', 'id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('issues_assignee').execute()
}
