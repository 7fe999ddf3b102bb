import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresAdapter, SqliteDialect, type LogEvent, type Migration } from 'kysely'
import { SearchPathPostgresDialect } from './pg-introspector'
import pg from 'pg'
import type { Config } from '../config'
import * as foundation from './migrations/2026_11_29_0001_foundation'
import * as issues from './migrations/2026_11_29_0002_issues'
import * as issueIndexes from './migrations/2026_11_29_0003_issue_indexes'
import * as activities from './migrations/2026_11_29_0004_activities'
import * as consult from './migrations/2026_11_29_0005_consult'
import * as questionTypes from './migrations/2026_12_01_0010_question_types'
import * as rateBuckets from './migrations/2026_12_01_0021_rate_buckets'
import * as mediaCheck from './migrations/2026_12_01_0040_media_check'
import * as roster from './migrations/2026_12_01_0061_roster'
import * as subscribeConsents from './migrations/2026_12_01_0071_subscribe_consents'
import * as outboxClaims from './migrations/2026_12_02_0100_outbox_claims'
import * as shortCodes from './migrations/2026_12_02_0500_short_codes'
import * as closeTheLoop from './migrations/2026_12_02_0300_close_the_loop'
import * as finances from './migrations/2026_12_02_0200_finances'
import * as jobRuns from './migrations/2026_12_02_0700_job_runs'
import * as countedBallots from './migrations/2026_12_03_0700_counted_ballots'
import * as noticeCounters from './migrations/2026_12_03_0850_notice_counters'
import * as noticeRankIndex from './migrations/2026_12_03_0900_notice_rank_index'
import { withStatementCache } from './sqlite-statements'
import type { Database } from './tables'

export type DB = Kysely<Database>
export type Engine = Config['database']['engine']

// Migrations are listed here rather than read from disk so the same code runs under tsx and bundlers.
const migrations: Record<string, Migration> = {
  '2026_11_29_0001_foundation': foundation,
  '2026_11_29_0002_issues': issues,
  '2026_11_29_0003_issue_indexes': issueIndexes,
  '2026_11_29_0004_activities': activities,
  '2026_11_29_0005_consult': consult,
  '2026_12_01_0010_question_types': questionTypes,
  '2026_12_01_0021_rate_buckets': rateBuckets,
  '2026_12_01_0040_media_check': mediaCheck,
  '2026_12_01_0061_roster': roster,
  '2026_12_01_0071_subscribe_consents': subscribeConsents,
  '2026_12_02_0100_outbox_claims': outboxClaims,
  '2026_12_02_0500_short_codes': shortCodes,
  '2026_12_02_0300_close_the_loop': closeTheLoop,
  '2026_12_02_0200_finances': finances,
  '2026_12_02_0700_job_runs': jobRuns,
  '2026_12_03_0700_counted_ballots': countedBallots,
  '2026_12_03_0850_notice_counters': noticeCounters,
  '2026_12_03_0900_notice_rank_index': noticeRankIndex,
}

export interface OpenOptions {
  /** PostgreSQL only: run in this schema (created if missing), so test runs never share tables. */
  schema?: string
  /** Called for every SQL statement; the tests count statements with it. */
  onQuery?: (event: LogEvent) => void
}

const NAMED_STATEMENTS = 1000
/** What may be kept prepared: statements that read or write rows (never DDL, never transaction control). */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i

/**
 * PostgreSQL statements prepared once per connection (pg's named statements) for the first
 * NAMED_STATEMENTS SQL texts: a repeated statement is bound and run without being parsed and planned
 * again. A statement whose result changed shape under it (another instance's migration altered a
 * table: "cached plan must not change result type", 0A000) is run again unnamed, and the text gets
 * a fresh name on every connection.
 */
export function withNamedStatements(pool: pg.Pool, limit = NAMED_STATEMENTS): pg.Pool {
  const names = new Map<string, string>()
  let next = 0
  const nameOf = (text: string) => {
    let name = names.get(text)
    if (name === undefined && names.size < limit && PREPARABLE.test(text)) names.set(text, (name = `linli_${next++}`))
    return name
  }
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown
    client.query = ((config: unknown, values?: unknown, callback?: unknown) => {
      const name = typeof config === 'string' && Array.isArray(values) && callback === undefined ? nameOf(config) : undefined
      if (name === undefined) return query(config, values, callback)
      return (query({ name, text: config, values }) as Promise<pg.QueryResult>).catch((error: { code?: string }) => {
        if (error.code !== '0A000') throw error
        if (names.get(config as string) === name) names.set(config as string, `linli_${next++}`)
        return query(config, values)
      })
    }) as typeof client.query
  })
  return pool
}

/** Opens the configured engine: SQLite (WAL, foreign keys on) or a PostgreSQL pool. */
export async function openDatabase(database: Config['database'], options: OpenOptions = {}): Promise<DB> {
  const log = options.onQuery
  if (database.engine === 'sqlite') {
    if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true })
    const sqlite = new SQLite(database.file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.pragma('synchronous = NORMAL')
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), log })
  }
  if (options.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(options.schema)) throw new Error(`bad schema name ${options.schema}`)
    const admin = new pg.Client({ connectionString: database.url })
    await admin.connect()
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`)
    } catch (error) {
      // Instances starting together race on IF NOT EXISTS; the loser's schema exists all the same.
      if (!['23505', '42P06'].includes((error as { code?: string }).code ?? '')) throw error
    } finally {
      await admin.end()
    }
  }
  const pool = withNamedStatements(new pg.Pool({
    connectionString: database.url,
    max: 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  }))
  return new Kysely<Database>({ dialect: new SearchPathPostgresDialect({ pool }), log })
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: DB, schema?: string): Promise<void> {
  // With a schema of its own, the migrator's bookkeeping lives there too (it would otherwise find
  // another schema's tables and skip creating its own).
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error })
}

export async function isEmpty(db: DB): Promise<boolean> {
  const row = await db.selectFrom('streets').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n) === 0
}

/** Whether `db` (or a transaction of it) talks to PostgreSQL. */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}
