import type { Kysely } from 'kysely'

// One migration set for both engines: only types and constraints SQLite and PostgreSQL share.
// Ids are UUIDv7 text; times are ISO 8601 UTC text; flags are integers.
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s.createTable('streets').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull()).execute()
  await s
    .createTable('communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('street_id', 'text', (c) => c.notNull().references('streets.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute()
  for (const table of ['grids', 'compounds']) {
    await s
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .execute()
  }
  await s
    .createTable('buildings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('grid_id', 'text', (c) => c.notNull().references('grids.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()
  await s.createIndex('buildings_compound').on('buildings').columns(['compound_id', 'sort']).execute()
  await s.createIndex('buildings_grid').on('buildings').column('grid_id').execute()

  await s
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('handle', 'text', (c) => c.unique())
    .addColumn('openid', 'text', (c) => c.unique())
    .addColumn('nickname', 'text')
    .addColumn('real_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute()
  await s
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('sessions_account').on('sessions').column('account_id').execute()
  await s
    .createTable('role_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('granted_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('role_assignments_unique', ['account_id', 'role', 'scope_id'])
    .execute()
  await s.createIndex('role_assignments_community').on('role_assignments').columns(['community_id', 'created_at']).execute()

  await s
    .createTable('household_claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('area_m2', 'double precision', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('household_claims_building').on('household_claims').columns(['building_id', 'status', 'created_at']).execute()
  await s.createIndex('household_claims_account').on('household_claims').columns(['account_id', 'created_at']).execute()
  await s
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('building_id', 'text', (c) => c.notNull().references('buildings.id'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('room', 'text', (c) => c.notNull())
    .addColumn('area_m2', 'double precision', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('households_unit_room', ['building_id', 'unit', 'room'])
    .execute()
  await s
    .createTable('household_members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('household_members_unique', ['household_id', 'account_id'])
    .execute()
  await s.createIndex('household_members_account').on('household_members').column('account_id').execute()

  await s
    .createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text')
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('media_owner').on('media').column('owner_id').execute()

  await s
    .createTable('notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('compound_id', 'text', (c) => c.references('compounds.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('cover_media_id', 'text', (c) => c.references('media.id'))
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requires_ack', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .execute()
  // The list's keyset order: pinned first, newest first.
  await s.createIndex('notices_list').on('notices').columns(['status', 'pinned', 'published_at', 'id']).execute()
  await s.createIndex('notices_community').on('notices').columns(['community_id', 'status', 'pinned', 'published_at']).execute()
  await s
    .createTable('notice_terms')
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('term', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_terms_pk', ['term', 'notice_id'])
    .execute()
  await s.createIndex('notice_terms_notice').on('notice_terms').column('notice_id').execute()
  for (const [table, at] of [['notice_reads', 'read_at'], ['notice_acks', 'acked_at']] as const) {
    await s
      .createTable(table)
      .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn(at, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['notice_id', 'account_id'])
      .execute()
    await s.createIndex(`${table}_account`).on(table).column('account_id').execute()
  }

  await s
    .createTable('inbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('read_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('inbox_messages_account').on('inbox_messages').columns(['account_id', 'id']).execute()
  await s
    .createTable('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute()
  await s.createIndex('outbox_status').on('outbox').columns(['status', 'id']).execute()
  await s
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('community_id', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('audit_log_community').on('audit_log').columns(['community_id', 'id']).execute()
  await s
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('rate_limits_pk', ['key', 'window_start'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'rate_limits', 'audit_log', 'outbox', 'inbox_messages', 'notice_acks', 'notice_reads', 'notice_terms', 'notices', 'media',
    'household_members', 'households', 'household_claims', 'role_assignments', 'sessions', 'accounts', 'buildings', 'compounds',
    'grids', 'communities', 'streets',
  ]) {
    await db.schema.dropTable(table).execute()
  }
}
