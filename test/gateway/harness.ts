import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createGateway, type Gateway, type GatewayOptions } from '../../gateway/app'
import { loadConfig, type Config } from '../../gateway/config'

// Every gateway test runs through real HTTP against a gateway started here, once per engine:
// SQLite always, PostgreSQL when TEST_DATABASE_URL is set (each run in a schema of its own).

export interface Engine { name: 'sqlite' | 'postgres'; url?: string }

const pgUrl = process.env.TEST_DATABASE_URL
if (!pgUrl && process.env.LINLI_REQUIRE_POSTGRES === '1') {
  throw new Error('LINLI_REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL half of the suite cannot be skipped here')
}
if (!pgUrl) console.warn('[gateway tests] TEST_DATABASE_URL is not set: running on SQLite only; PostgreSQL runs are SKIPPED')

export const ENGINES: Engine[] = [{ name: 'sqlite' }, ...(pgUrl ? [{ name: 'postgres' as const, url: pgUrl }] : [])]

export interface GqlResult<T = Record<string, any>> { data?: T | null; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] }

export interface TestGateway {
  url: string
  engine: Engine
  /** The PostgreSQL schema it runs in (undefined on SQLite). */
  schema: string | undefined
  gateway: Gateway
  config: Config
  /** SQL statements run since the gateway started. */
  statements: () => number
  /**
   * What `request` returns and the SQL statements it costs once the viewer is cached: it runs twice
   * back to back and the fewer count. (The viewer cache keeps a lookup ≤ 5 s from when it was made,
   * so of two requests in a row at most one pays for it, however loaded the machine.)
   */
  statementsOf<T>(request: () => Promise<T>): Promise<{ statements: number; result: T }>
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>
  /** Data of a query that must succeed; throws with the errors otherwise. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T>
  /** The first error's code of a query that must fail. */
  code(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<string | undefined>
  signIn(handle: string, name?: string): Promise<string>
  /**
   * Turns the signed-in person's quiet hours off, as the settings page does: their subscribe
   * messages then go at once whatever Beijing's time of day (by default 22:00–07:00 holds them).
   */
  quietHoursOff(token: string): Promise<void>
  close(): Promise<void>
}

/**
 * Another gateway instance on the database of `first` (its SQLite file, its PostgreSQL schema), as
 * instances behind a load balancer are; `env` should share MEDIA_SIGNING_SECRET and the storage.
 * It has a media directory of its own. Close it before `first` (which owns the database).
 */
export async function startAnotherInstance(first: TestGateway, env: Record<string, string> = {}, options: GatewayOptions = {}): Promise<TestGateway> {
  const database = first.config.database
  const place = { schema: first.schema ?? '', dir: fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-')) }
  const another = await startGateway(first.engine, { ...env, DATABASE_URL: database.engine === 'sqlite' ? `file:${database.file}` : database.url }, options, place)
  const close = another.close
  return { ...another, close: async () => { await close(); fs.rmSync(place.dir, { recursive: true, force: true }) } }
}

/** Where several gateways of one test meet (instances.ts): one PostgreSQL schema or SQLite file, and one media directory. */
export interface SharedPlace { schema: string; dir: string }

export function newPlace(): SharedPlace {
  return { schema: `t_${process.pid}_${randomBytes(4).toString('hex')}`, dir: fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-')) }
}

/** Drops what gateways started on `place` left behind (their close() leaves a shared place alone). */
export async function dropPlace(engine: Engine, place: SharedPlace): Promise<void> {
  if (engine.name === 'postgres') {
    const client = new pg.Client({ connectionString: engine.url })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${place.schema} CASCADE`)
    await client.query(`DROP SCHEMA IF EXISTS ${place.schema}_jobs CASCADE`)
    await client.end()
  }
  fs.rmSync(place.dir, { recursive: true, force: true })
}

export async function startGateway(engine: Engine, env: Record<string, string> = {}, options: GatewayOptions = {}, shared?: SharedPlace): Promise<TestGateway> {
  const { dir, schema } = shared ?? newPlace()
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    OUTBOX_INTERVAL_MS: '0',
    LINLI_JOBS: 'off', // tests run the sweeps with a clock of their own; jobs.test.ts turns them on
    LINLI_DEV_SIGNIN: '1',
    // Tests act faster than people; limits.test.ts tests the limits with values of its own.
    ...Object.fromEntries(['SIGNIN_PER_MINUTE', 'ISSUES_PER_HOUR', 'COMMENTS_PER_HOUR', 'CLAIMS_PER_DAY', 'PROPOSALS_PER_DAY', 'SUPPORTS_PER_MINUTE'].map((k) => [`RATE_LIMIT_${k}`, '1000'])),
    MEDIA_DIR: path.join(dir, 'media'),
    DATABASE_URL: engine.name === 'sqlite' ? `file:${path.join(dir, 'linli.db')}` : engine.url!, // engine.url is set for postgres
    ...env,
  })
  let count = 0
  const gateway = await createGateway(config, { ...options, schema: engine.name === 'postgres' ? schema : undefined, onQuery: (event) => {
    count++
    options.onQuery?.(event)
  } })
  const url = await gateway.listen()
  const gql = async <T>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linli-client': 'test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    return (await res.json()) as GqlResult<T>
  }
  const ok = async <T>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<T> => {
    const result = await gql<T>(query, variables, token)
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`)
    return result.data
  }
  return {
    url,
    engine,
    schema: engine.name === 'postgres' ? schema : undefined,
    gateway,
    config,
    statements: () => count,
    statementsOf: async (request) => {
      const runs = []
      for (let i = 0; i < 2; i++) {
        const before = count
        const result = await request()
        runs.push({ statements: count - before, result })
      }
      return runs[0]!.statements <= runs[1]!.statements ? runs[0]! : runs[1]!
    },
    gql,
    ok,
    code: async (query, variables, token) => (await gql(query, variables, token)).errors?.[0]?.extensions?.code,
    signIn: async (handle, name) => (await ok<{ signInDev: { token: string } }>('mutation($h: String!, $n: String) { signInDev(handle: $h, name: $n) { token } }', { h: handle, n: name }, null)).signInDev.token,
    quietHoursOff: async (token) => void (await ok('mutation { updateNotificationSettings(input: { quietHours: false }) { quietFrom } }', {}, token)),
    close: async () => {
      await gateway.close()
      if (!shared) await dropPlace(engine, { dir, schema })
    },
  }
}

/** Ids of the demo structure, looked up through the API. */
export async function demoPlaces(t: TestGateway) {
  const data = await t.ok<{ communities: { id: string; name: string; compounds: { id: string; name: string; buildings: { id: string; name: string; grid: { id: string; name: string } }[] }[] }[] }>(
    '{ communities { id name compounds { id name buildings { id name grid { id name } } } } }',
  )
  const community = (name: string) => {
    const c = data.communities.find((x) => x.name === name)
    if (!c) throw new Error(`no community ${name}`)
    return c
  }
  const dongyingpan = community('东营盘社区')
  const zhongwang = dongyingpan.compounds[0]!
  const building = (name: string) => zhongwang.buildings.find((b) => b.name === name)!
  return { community, dongyingpan, zhongwang, building }
}
