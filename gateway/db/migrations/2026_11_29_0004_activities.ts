import type { Kysely } from 'kysely'

// 活动报名: activities, their registrations, reminders asked for, and share links asked for.
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('venue', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('sign_up_deadline', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('max_party_size', 'integer', (c) => c.notNull())
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('waitlist', 'integer', (c) => c.notNull())
    .addColumn('needs_approval', 'integer', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull()) // JSON array of strings
    .addColumn('partners', 'text', (c) => c.notNull()) // JSON array of strings
    .addColumn('materials', 'text', (c) => c.notNull()) // JSON array of { name, perParticipant, unit }
    .addColumn('cover_media_id', 'text', (c) => c.references('media.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('organiser_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('cancel_reason', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  // The list: a community's activities by start time (keyset on starts_at, id).
  await s.createIndex('activities_community_start').on('activities').columns(['community_id', 'starts_at', 'id']).execute()

  await s
    .createTable('activity_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('party_size', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // '' while the registration is active (PENDING, CONFIRMED, WAITLISTED, ATTENDED); its own id once
    // CANCELLED or DECLINED. With the unique index below: one active registration per person per
    // activity, enforced by the database on both engines, while ended ones may pile up.
    .addColumn('active_key', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull()) // JSON array of { question, value }
    .addColumn('check_in_code', 'text')
    .addColumn('scene', 'integer')
    .addColumn('on_behalf_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .addColumn('attended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('activity_registrations_one_active').on('activity_registrations').columns(['activity_id', 'account_id', 'active_key']).unique().execute()
  await s.createIndex('activity_registrations_code').on('activity_registrations').column('check_in_code').unique().execute()
  // Seat counts and waitlist ranks: one activity's registrations of a status in arrival order.
  await s.createIndex('activity_registrations_activity_status').on('activity_registrations').columns(['activity_id', 'status', 'id']).execute()
  await s.createIndex('activity_registrations_account').on('activity_registrations').columns(['account_id', 'id']).execute()

  await s
    .createTable('activity_reminders')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addPrimaryKeyConstraint('activity_reminders_pk', ['activity_id', 'account_id'])
    .execute()
  await s.createIndex('activity_reminders_unsent').on('activity_reminders').columns(['sent_at', 'activity_id']).execute()

  // URL Links asked for: GENERATED (with the link), RECORDED (WeChat not configured) or FAILED.
  await s
    .createTable('activity_share_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('activity_share_links_activity').on('activity_share_links').columns(['activity_id', 'status', 'created_at']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['activity_share_links', 'activity_reminders', 'activity_registrations', 'activities']) await db.schema.dropTable(table).execute()
}
