import type { Kysely } from 'kysely'

// Closing the loop: issues clustered into proposals (the link table and the compound's threshold
// and radius), escalation of overdue issues, and per-person notification settings with digests and
// quiet hours (outbox rows held until a time).
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s.alterTable('consult_settings').addColumn('cluster_threshold', 'integer', (c) => c.notNull().defaultTo(10)).execute()
  await s.alterTable('consult_settings').addColumn('cluster_radius_m', 'integer', (c) => c.notNull().defaultTo(50)).execute()
  await s
    .createTable('proposal_issues')
    .addColumn('proposal_id', 'text', (c) => c.notNull())
    .addColumn('issue_id', 'text', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('proposal_issues_pk', ['proposal_id', 'issue_id'])
    .execute()
  await s.createIndex('proposal_issues_issue').on('proposal_issues').columns(['issue_id', 'proposal_id']).execute()

  await s.alterTable('issues').addColumn('escalation_level', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await s.alterTable('issues').addColumn('escalated_at', 'text').execute()
  await s.alterTable('issues').addColumn('overdue_noticed_at', 'text').execute()
  await s.createIndex('issues_open_due').on('issues').columns(['status', 'due_at']).execute()

  await s
    .createTable('notification_prefs')
    .addColumn('account_id', 'text', (c) => c.primaryKey())
    .addColumn('my_issues', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    .addColumn('activities', 'text', (c) => c.notNull())
    .addColumn('notices', 'text', (c) => c.notNull())
    .addColumn('work', 'text', (c) => c.notNull())
    .addColumn('digest_at', 'text', (c) => c.notNull())
    .addColumn('quiet_from', 'text')
    .addColumn('quiet_to', 'text')
    .addColumn('last_digest_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await s
    .createTable('digest_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('digest_id', 'text')
    .execute()
  await s.createIndex('digest_items_pending').on('digest_items').columns(['account_id', 'digest_id', 'created_at']).execute()
  await s.createIndex('digest_items_digest').on('digest_items').columns(['digest_id', 'id']).execute()
  await s.alterTable('outbox').addColumn('hold_until', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s.alterTable('outbox').dropColumn('hold_until').execute()
  await s.dropTable('digest_items').execute()
  await s.dropTable('notification_prefs').execute()
  await s.dropIndex('issues_open_due').execute()
  await s.alterTable('issues').dropColumn('overdue_noticed_at').execute()
  await s.alterTable('issues').dropColumn('escalated_at').execute()
  await s.alterTable('issues').dropColumn('escalation_level').execute()
  await s.dropTable('proposal_issues').execute()
  await s.alterTable('consult_settings').dropColumn('cluster_radius_m').execute()
  await s.alterTable('consult_settings').dropColumn('cluster_threshold').execute()
}
