import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, type DB } from '../../gateway/db/database'
import { dropRedisKeys } from '../gateway/shared-services'
import { startNginx, type Nginx } from './nginx'

// Several gateway processes (gateway/main.ts, exactly as a deployment starts it) on one PostgreSQL
// schema, with nginx in front: used by test/cluster/cluster.test.ts and bench/cluster.ts.

const ROOT = path.resolve(__dirname, '../..')

export interface Instance {
  name: string
  /** Its own address, past nginx (to ask one instance in particular). */
  url: string
  pid: number
  /** Everything it printed (logs included), for a failing test's message. */
  output(): string
  alive(): boolean
  /** SIGKILL: no shutdown at all, as a crashed machine. */
  kill(): Promise<void>
  /** SIGTERM: the gateway's own shutdown. */
  stop(): Promise<void>
}

/** Starts `node --import tsx gateway/main.ts` (one process, so a signal reaches the gateway itself) and waits for its address. */
export async function startInstance(name: string, env: Record<string, string>): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.add(child)
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => {
    children.delete(child)
    resolve()
  }))
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 90 s:\n${output}`)), 90_000)
    const onData = (chunk: Buffer) => {
      output += String(chunk)
      const found = /listening on (http:\/\/[\d.]+:\d+)/.exec(output)
      if (found) {
        clearTimeout(timer)
        resolve(found[1]!)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited at start (${code ?? signal}):\n${output}`))
    })
  })
  const alive = () => child.exitCode === null && child.signalCode === null
  return {
    name,
    url,
    pid: child.pid!,
    output: () => output,
    alive,
    kill: async () => {
      if (alive()) child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (alive()) child.kill('SIGTERM')
      await exited
    },
  }
}

// Whatever happens to the test, no gateway outlives it.
const children = new Set<ChildProcess>()
process.once('exit', () => children.forEach((c) => c.kill('SIGKILL')))

export interface ClusterOptions {
  size: number
  /** postgres://… (the cluster gets a fresh schema of its own). */
  databaseUrl: string
  redisUrl?: string
  /** More environment for every instance. */
  env?: Record<string, string>
  /** Start the first instance alone and the rest once it is up (default: all at once). */
  staggered?: boolean
}

export interface Cluster {
  /** nginx: where clients go. */
  url: string
  instances: Instance[]
  nginx: Nginx
  schema: string
  dir: string
  /** The cluster's database, for fixtures written straight into tables and for checking what was stored. */
  db: DB
  /** Environment the instances were started with (bench/cluster.ts reads the shared secret). */
  env: Record<string, string>
  /**
   * Starts a fresh instance in the place of instance `k` (stopping it first if it still runs), as
   * an orchestrator replaces a crashed one, and gives nginx the new list of instances.
   */
  replace(k: number): Promise<Instance>
  stop(): Promise<void>
}

/** Environment each instance runs with in the test and the benchmark (a deployment's is in the README). */
export function instanceEnv(o: ClusterOptions, schema: string, dir: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: o.databaseUrl,
    DATABASE_SCHEMA: schema,
    // Redis under a key prefix of this cluster's own (rate buckets and the invalidation channel).
    ...(o.redisUrl ? { REDIS_URL: o.redisUrl, REDIS_KEY_PREFIX: `linli-cluster:${schema}:` } : {}),
    LINLI_TRUSTED_PROXY_HOPS: '1',
    LINLI_DEV_SIGNIN: '1',
    MEDIA_SIGNING_SECRET: randomBytes(24).toString('hex'),
    H5_DIR: path.join(dir, 'no-h5'),
    OUTBOX_INTERVAL_MS: '0',
    // Load tests act faster than people.
    ...Object.fromEntries(['SIGNIN_PER_MINUTE', 'UPLOADS_PER_MINUTE', 'ISSUES_PER_HOUR', 'COMMENTS_PER_HOUR', 'CLAIMS_PER_DAY', 'PROPOSALS_PER_DAY', 'SUPPORTS_PER_MINUTE'].map((k) => [`RATE_LIMIT_${k}`, '100000'])),
    ...o.env,
  }
}

/** A fresh schema, `size` gateway instances on it (each with a media directory of its own) and nginx in front. */
export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-cluster-'))
  const schema = `c_${process.pid}_${randomBytes(4).toString('hex')}`
  const db = await openDatabase({ engine: 'postgres', url: o.databaseUrl }, { schema }) // creates the schema
  const env = instanceEnv(o, schema, dir)
  const instances: Instance[] = []
  let nginx: Nginx | undefined
  const stop = async () => {
    await nginx?.stop()
    await Promise.all(instances.map((i) => i.stop()))
    await db.destroy()
    const client = new pg.Client({ connectionString: o.databaseUrl })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`) // graphile-worker's
    await client.end()
    if (o.redisUrl) await dropRedisKeys(o.redisUrl, `linli-cluster:${schema}:`)
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    const start = (i: number) => startInstance(`gateway-${i + 1}`, { ...env, MEDIA_DIR: path.join(dir, `media-${i + 1}`) })
    const names = Array.from({ length: o.size }, (_, i) => i)
    if (o.staggered) {
      instances.push(await start(0))
      instances.push(...(await Promise.all(names.slice(1).map(start))))
    } else {
      const started = await Promise.allSettled(names.map(start))
      for (const s of started) if (s.status === 'fulfilled') instances.push(s.value)
      const failed = started.find((s) => s.status === 'rejected')
      if (failed) throw failed.reason
    }
    const hosts = () => instances.map((i) => new URL(i.url).host)
    nginx = await startNginx(hosts(), path.join(dir, 'nginx'))
    const replace = async (k: number) => {
      await instances[k]!.stop()
      const fresh = await start(k)
      instances[k] = fresh
      await nginx!.reload(hosts())
      return fresh
    }
    return { url: nginx.url, instances, nginx, schema, dir, db, env, replace, stop }
  } catch (error) {
    await stop().catch(() => undefined)
    throw error
  }
}

export interface Answer<T> { status: number; /** The instance nginx passed it to (host:port; several when it moved on). */ upstream?: string; data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }

/** One GraphQL POST; a refused connection or a reset is status 0. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<Answer<T>> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linli-client': 'test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    const text = await res.text()
    try {
      return { status: res.status, upstream: res.headers.get('x-linli-upstream') ?? undefined, ...(JSON.parse(text) as object) }
    } catch {
      return { status: res.status, errors: [{ message: text.slice(0, 200) }] }
    }
  } catch (error) {
    return { status: 0, errors: [{ message: String(error) }] }
  }
}

/** The data of an operation that must succeed. */
export async function ok<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string | null): Promise<T> {
  const answer = await gql<T>(url, query, variables, token)
  if (answer.status !== 200 || answer.errors?.length || !answer.data) throw new Error(`HTTP ${answer.status}: ${JSON.stringify(answer.errors)}`)
  return answer.data
}

/** Runs `work` over `items`, `width` at a time. */
export async function pool<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, async () => {
    while (next < items.length) {
      const i = next++
      await work(items[i]!, i)
    }
  }))
}
