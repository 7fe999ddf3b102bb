import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'

// What every benchmark shares: the GraphQL call, the run on each engine, a seeded generator.

/** Headers every benchmark client sends (the gateway asks clients to name themselves). */
export const CLIENT_HEADERS: Record<string, string> = { 'x-linli-client': 'bench' }

/** Environment every benchmark gateway runs with: dev sign-in is opt-in. */
export const BENCH_ENV: Record<string, string> = { LINLI_DEV_SIGNIN: '1' }

/** The median of some figures (0 for none). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return 0
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * CPU time (ms) the main thread has used — where the servers under test run (autocannon runs in a
 * worker thread). Requests per CPU-second hold steady on a shared machine where req/s do not.
 * Linux only (/proc); elsewhere NaN.
 */
export function mainThreadCpuMs(): number {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 // utime + stime, in ticks of 1/100 s (USER_HZ)
  } catch {
    return Number.NaN
  }
}

export interface GraphQLBody<T> { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }

/** POSTs an operation to `${url}/graphql`; the whole body, errors included. */
export async function gqlBody<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLBody<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  })
  return (await res.json()) as GraphQLBody<T>
}

/** The data of an operation that must succeed; throws with the errors otherwise. */
export async function post<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const body = await gqlBody<T>(url, query, variables, token)
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
  return body.data
}

/** A small fixed-seed generator, so every run loads the same spread. */
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = Math.imul(s ^ (s >>> 15), 1 | s)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/**
 * Prints the machine, then runs the benchmark on SQLite (a file in the run's temp dir: `{dir}`)
 * and, when TEST_DATABASE_URL is set, on PostgreSQL in a schema of its own.
 */
export function runOnEngines(run: (engine: string, databaseUrl: string, schema?: string) => Promise<void>): void {
  const main = async () => {
    console.log(`Node ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0]?.model ?? 'unknown'}`)
    // BENCH_ENGINES=postgres (or sqlite) runs one engine only; both by default.
    const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',')
    if (engines.includes('sqlite')) await run('SQLite', 'file:{dir}/bench.db')
    const pgUrl = process.env.TEST_DATABASE_URL
    if (!engines.includes('postgres')) return
    if (pgUrl) await run('PostgreSQL', pgUrl, `bench_${process.pid}_${randomBytes(3).toString('hex')}`)
    else console.log('\n(TEST_DATABASE_URL not set: PostgreSQL skipped)')
  }
  main().catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
}
