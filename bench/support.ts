import { randomBytes } from 'node:crypto'
import os from 'node:os'

// What every benchmark shares: the GraphQL call, the run on each engine, a seeded generator.

export interface GraphQLBody<T> { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }

/** POSTs an operation to `${url}/graphql`; the whole body, errors included. */
export async function gqlBody<T>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLBody<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linli-client': 'bench', ...(token ? { authorization: `Bearer ${token}` } : {}) },
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
    await run('SQLite', 'file:{dir}/bench.db')
    const pgUrl = process.env.TEST_DATABASE_URL
    if (pgUrl) await run('PostgreSQL', pgUrl, `bench_${process.pid}_${randomBytes(3).toString('hex')}`)
    else console.log('\n(TEST_DATABASE_URL not set: PostgreSQL skipped)')
  }
  main().catch((err: unknown) => {
    console.error(err)
    process.exit(1)
  })
}
