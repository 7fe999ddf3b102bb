import type { Kysely } from 'kysely'

// 报事: issues, their timeline, "me too" and followers; staff work phones.
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s.alterTable('accounts').addColumn('work_phone', 'text').execute()
  await s
    .createTable('issues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('grids.id'))
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('spot', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('on_behalf_name', 'text')
    .addColumn('assignee_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('duplicate_of', 'text', (c) => c.references('issues.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('rating', 'integer')
    .addColumn('rating_comment', 'text')
    .addColumn('follow_up_sent_at', 'text')
    .addColumn('follow_up_answer', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // Lists are newest first by id (UUIDv7 is time-ordered), within a scope.
  await s.createIndex('issues_compound').on('issues').columns(['compound_id', 'id']).execute()
  await s.createIndex('issues_grid').on('issues').columns(['grid_id', 'id']).execute()
  await s.createIndex('issues_community').on('issues').columns(['community_id', 'id']).execute()
  await s.createIndex('issues_reporter').on('issues').columns(['reporter_id', 'id']).execute()
  await s.createIndex('issues_status_resolved').on('issues').columns(['status', 'resolved_at']).execute()
  await s.createIndex('issues_building_category').on('issues').columns(['building_id', 'category', 'submitted_at']).execute()
  await s
    .createTable('issue_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('issue_events_issue').on('issue_events').columns(['issue_id', 'id']).execute()
  for (const table of ['issue_supports', 'issue_followers']) {
    await s
      .createTable(table)
      .addColumn('issue_id', 'text', (c) => c.notNull().references('issues.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['issue_id', 'account_id'])
      .execute()
    await s.createIndex(`${table}_account`).on(table).columns(['account_id', 'issue_id']).execute()
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['issue_followers', 'issue_supports', 'issue_events', 'issues']) await db.schema.dropTable(table).execute()
  await db.schema.alterTable('accounts').dropColumn('work_phone').execute()
}
