import { sql } from 'kysely'
import type { DB } from '../db/database'
import { errors } from './errors'

/**
 * Counts a hit against `key` in a fixed one-minute window kept in the database (so every gateway
 * instance shares it) and throws RATE_LIMITED past `perMinute`.
 */
export async function rateLimit(db: DB, key: string, perMinute: number, now = Date.now()): Promise<void> {
  const windowStart = Math.floor(now / 60_000) * 60_000
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ hits: sql<number>`rate_limits.hits + 1` }))
    .returning('hits')
    .executeTakeFirstOrThrow()
  if (Number(row.hits) > perMinute) throw errors.rateLimited(Math.ceil((windowStart + 60_000 - now) / 1000))
}

/** Drops windows older than an hour; called from the gateway's housekeeping timer. */
export async function pruneRateLimits(db: DB, now = Date.now()): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', now - 3_600_000).execute()
}
