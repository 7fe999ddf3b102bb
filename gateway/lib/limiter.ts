import { sql } from 'kysely'
import type { Config, LimitKind } from '../config'
import type { DB } from '../db/database'
import { errors } from './errors'

/**
 * How often one person (sign-in: one client address) may do one kind of write. Every gateway
 * instance must share the buckets, so the implementation lives where they all meet: the database
 * today; the scale-out work adds one over Redis behind this same interface.
 *
 * Services take the token after their own cheap checks (who may, valid input) and before the work
 * that costs (the content check, the writes): a refused typo costs the person nothing, a flood
 * costs only the flooder.
 */
export interface Limiter {
  /** Takes one token from `key`'s bucket for `kind`; throws RATE_LIMITED (with retryAfterSeconds) when it is empty. */
  consume(key: string, kind: LimitKind): Promise<void>
  /** Forgets buckets idle long enough to be full again (the same as having none). */
  prune(): Promise<void>
}

type Rates = Config['rateLimits']

/**
 * A token bucket per key: `limit` tokens at most, refilled continuously at `limit` per period. A
 * full burst therefore drains it and the next request waits for the refill, whatever the wall
 * clock says (a fixed window let 2× the limit through across its boundary).
 *
 * One statement takes the token: the upsert refills and decrements only WHERE the refilled bucket
 * holds a whole token, and the row lock (PostgreSQL) or the single writer (SQLite) makes
 * concurrent requests of one person queue on it, so exactly `limit` of a burst get through.
 */
export function createDatabaseLimiter(db: DB, rates: Rates, now: () => number = Date.now): Limiter {
  return {
    async consume(key, kind) {
      const { limit, periodSeconds } = rates[kind]
      const periodMs = periodSeconds * 1000
      const bucket = `${kind}:${key}`
      const at = now()
      const elapsed = sql`(case when excluded.updated_ms > rate_buckets.updated_ms then excluded.updated_ms - rate_buckets.updated_ms else 0 end)`
      // Multiplying before dividing keeps whole refills exact in floating point.
      const refilled = sql`(rate_buckets.tokens + ${elapsed} * ${limit} / cast(${periodMs} as double precision))`
      const taken = await sql<{ tokens: number }>`
        insert into rate_buckets (key, tokens, updated_ms)
        values (${bucket}, cast(${limit - 1} as double precision), cast(${at} as bigint))
        on conflict (key) do update set
          tokens = (case when ${refilled} > ${limit} then ${limit} else ${refilled} end) - 1,
          updated_ms = case when excluded.updated_ms > rate_buckets.updated_ms then excluded.updated_ms else rate_buckets.updated_ms end
        where ${refilled} >= 1 - 1e-9
        returning tokens`.execute(db)
      if (taken.rows.length) return
      const row = await db.selectFrom('rate_buckets').select(['tokens', 'updated_ms']).where('key', '=', bucket).executeTakeFirst()
      const available = row ? Math.min(limit, Number(row.tokens) + (Math.max(0, at - Number(row.updated_ms)) * limit) / periodMs) : 0
      const waitMs = ((1 - available) * periodMs) / limit
      throw errors.rateLimited(Math.max(1, Math.ceil(waitMs / 1000)), kind)
    },
    async prune() {
      const longest = Math.max(...Object.values(rates).map((r) => r.periodSeconds)) * 1000
      await db.deleteFrom('rate_buckets').where('updated_ms', '<', now() - longest).execute()
    },
  }
}
