import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { createGateway } from '../gateway/app'
import { loadConfig } from '../gateway/config'
import type { DB } from '../gateway/db/database'
import { BENCH_ENV, gqlBody, percentile, post, runOnEngines } from './support'

// Figures, not pass/fail: one popular activity (100 seats) and 1,000 people signing up through the
// gateway at once, each over its own HTTP request, with party size 1 and then with mixed party sizes
// (1–3). Afterwards the database is checked: confirmed seats never above capacity, one active
// registration per person, waitlist positions exactly 1..n.
// Usage: npx tsx bench/activities-register.ts   (BENCH_PEOPLE, BENCH_SEATS, BENCH_CONCURRENCY; TEST_DATABASE_URL adds PostgreSQL)

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1000)
const SEATS = Number(process.env.BENCH_SEATS ?? 100)
/** Requests in flight at once; the default sends everyone at once. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? PEOPLE)



/** What the database says afterwards; throws when anything was overbooked or doubled. */
async function verify(db: DB, activityId: string, capacity: number): Promise<string> {
  const rows = await db.selectFrom('activity_registrations').select(['id', 'account_id', 'status', 'party_size']).where('activity_id', '=', activityId).orderBy('id').execute()
  const seated = rows.filter((r) => r.status === 'CONFIRMED' || r.status === 'ATTENDED').reduce((n, r) => n + Number(r.party_size), 0)
  const waiting = rows.filter((r) => r.status === 'WAITLISTED')
  const people = new Set(rows.map((r) => r.account_id))
  if (seated > capacity) throw new Error(`OVERBOOKED: ${seated} seats confirmed for ${capacity}`)
  if (people.size !== rows.length) throw new Error('a person holds two registrations')
  return `${seated}/${capacity} seats confirmed, ${waiting.length} waitlisted, ${rows.length} registrations for ${people.size} people — not overbooked`
}

async function run(engine: string, databaseUrl: string, schema?: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const config = loadConfig({
    ...BENCH_ENV, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', RATE_LIMIT_SIGNIN_PER_MINUTE: String(PEOPLE * 3),
    MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: databaseUrl.replace('{dir}', dir),
  })
  const gateway = await createGateway(config, { schema })
  const url = await gateway.listen()
  try {
    const signIn = async (handle: string) => (await post<{ signInDev: { token: string } }>(url, 'mutation($h: String!) { signInDev(handle: $h) { token } }', { h: handle })).signInDev.token
    const admin = await signIn('admin-dongyingpan')
    const { communities } = await post<{ communities: { id: string; name: string }[] }>(url, '{ communities { id name } }')
    const communityId = communities.find((c) => c.name === '东营盘社区')!.id // seeded
    console.log(`\nactivities register — ${engine}: ${PEOPLE.toLocaleString('en')} people, ${SEATS} seats, ${Math.min(CONCURRENCY, PEOPLE)} requests in flight`)
    const tokens: string[] = []
    for (let i = 0; i < PEOPLE; i += 100) tokens.push(...(await Promise.all(Array.from({ length: Math.min(100, PEOPLE - i) }, (_, j) => signIn(`bench-${i + j}`)))))
    for (const mixed of [false, true]) {
      const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()
      const input = {
        communityId, kind: 'FESTIVAL', title: mixed ? '艾草锤子(亲子)' : '艾草锤子', description: '手工', venue: '实践站', startsAt: hour(72), endsAt: hour(74), signUpDeadline: hour(48),
        capacity: SEATS, maxPartySize: mixed ? 3 : 1, eligibility: 'ANYONE', waitlist: true, needsApproval: false,
      }
      const id = (await post<{ createActivity: { id: string } }>(url, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input }, admin)).createActivity.id
      await post(url, 'mutation($id: ID!) { publishActivity(id: $id) { id } }', { id }, admin)
      const latencies: number[] = []
      let failures = 0
      let next = 0
      const t0 = performance.now()
      const worker = async () => {
        while (next < PEOPLE) {
          const i = next++
          const s = performance.now()
          const r = await gqlBody(url, 'mutation($a: ID!, $p: Int!) { register(activityId: $a, partySize: $p) { id status } }', { a: id, p: mixed ? (i % 3) + 1 : 1 }, tokens[i])
          latencies.push(performance.now() - s)
          if (r.errors?.length) failures++
        }
      }
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, PEOPLE) }, worker))
      const seconds = (performance.now() - t0) / 1000
      latencies.sort((a, b) => a - b)
      console.log(`  ${mixed ? 'party 1–3' : 'party 1  '}  ${(PEOPLE / seconds).toFixed(0).padStart(5)} registrations/s   ${seconds.toFixed(2)} s   p50 ${percentile(latencies, 50).toFixed(0)} ms   p99 ${percentile(latencies, 99).toFixed(0)} ms   ${failures} failed`)
      console.log(`             ${await verify(gateway.db, id, SEATS)}`)
    }
  } finally {
    await gateway.close()
    if (schema) {
      const client = new pg.Client({ connectionString: databaseUrl })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
      await client.end()
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

runOnEngines(run)
