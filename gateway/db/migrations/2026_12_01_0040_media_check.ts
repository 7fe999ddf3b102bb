import type { Kysely } from 'kysely'

// Uploads are re-encoded (their stored size is recorded) and wait for WeChat's content-safety
// result before neighbours see them. Files stored before this migration were accepted under the
// old rules and stay visible (PASSED).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('media')
    .addColumn('check_status', 'text', (c) => c.notNull().defaultTo('PASSED'))
    .execute()
  await db.schema.alterTable('media').addColumn('check_trace_id', 'text').execute()
  await db.schema.alterTable('media').addColumn('check_note', 'text').execute()
  await db.schema.alterTable('media').addColumn('check_origin', 'text').execute()
  await db.schema.alterTable('media').addColumn('checked_at', 'text').execute()
  await db.schema.alterTable('media').addColumn('width', 'integer').execute()
  await db.schema.alterTable('media').addColumn('height', 'integer').execute()
  await db.schema.createIndex('media_check_trace').on('media').column('check_trace_id').execute()
  // The retry of checks WeChat did not take walks only pending rows.
  await db.schema.createIndex('media_check_pending').on('media').columns(['check_status', 'check_trace_id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('media_check_pending').execute()
  await db.schema.dropIndex('media_check_trace').execute()
  for (const column of ['height', 'width', 'checked_at', 'check_origin', 'check_note', 'check_trace_id', 'check_status']) {
    await db.schema.alterTable('media').dropColumn(column).execute()
  }
}
