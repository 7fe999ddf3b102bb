import { sql } from 'kysely'
import type { Logger } from 'pino'
import type { Config } from '../config'
import { isEmpty, isPostgres, migrateToLatest, type DB } from './database'
import type { MediaStorage } from '../modules/media/storage'
import { seedDemoData } from './seed/demo'

/**
 * Makes the database ready for this instance: the migrations, graphile-worker's (`migrateJobs`),
 * and the demo data when the database is empty. On PostgreSQL all of it runs under one advisory
 * lock per schema: when several instances start together the first does the work and the others
 * wait, then find the migrations done and the database no longer empty, so it is seeded once
 * (Kysely's migrator locks its own step, but `isEmpty → seed` alone would run in every instance).
 */
export async function prepareDatabase(db: DB, config: Config, log: Logger, options: { schema?: string; storage: MediaStorage; migrateJobs?: () => Promise<void> }): Promise<void> {
  const work = async () => {
    await migrateToLatest(db, config.database.engine === 'postgres' ? options.schema : undefined)
    await options.migrateJobs?.()
    if (config.seed === 'demo' && (await isEmpty(db))) {
      await seedDemoData(db, new Date(), options.storage)
      log.info('empty database: demo data loaded')
    }
  }
  if (!isPostgres(db)) return work()
  // A session lock on a connection of its own, held while the work uses the pool's others.
  await db.connection().execute(async (conn) => {
    const key = sql`hashtext('linli:startup:' || current_schema())`
    await sql`SELECT pg_advisory_lock(${key})`.execute(conn)
    try {
      await work()
    } finally {
      await sql`SELECT pg_advisory_unlock(${key})`.execute(conn)
    }
  })
}
