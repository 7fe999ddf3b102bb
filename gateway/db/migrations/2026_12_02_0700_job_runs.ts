import type { Kysely } from 'kysely'

// What the clock did, one row per run of a periodic task (jobs/runs-log.ts): written when the run
// starts and completed when it ends, on every engine. "Each sweep once per period across all
// instances" is then something to look at (the cluster test counts the rows of each period), and
// an admin sees when a sweep last ran, where, and how it went. And which instance claimed an
// outbox row, so a dead letter left by a crashed instance says whose drain it was, and why a dead
// letter died, in words the admins' screen can say (delivery.ts DeadReason).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('job_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task', 'text', (c) => c.notNull())
    // A cron task: the minute (ISO, UTC) it ran for; an everyMs task or a run by hand: null.
    .addColumn('period', 'text')
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    // RUNNING until it ends (and for ever when its instance died mid-run), then OK or FAILED.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .execute()
  await db.schema.createIndex('job_runs_task').on('job_runs').columns(['task', 'started_at']).execute()
  await db.schema.createIndex('job_runs_started').on('job_runs').columns(['started_at']).execute()
  await db.schema.alterTable('outbox').addColumn('claimed_by', 'text').execute()
  await db.schema.alterTable('outbox').addColumn('dead_reason', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('dead_reason').execute()
  await db.schema.alterTable('outbox').dropColumn('claimed_by').execute()
  await db.schema.dropTable('job_runs').execute()
}
