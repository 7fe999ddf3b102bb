import http from 'node:http'
import { Logger } from 'graphile-worker'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import type { TaskRun } from '../../gateway/jobs'
import { dropPlace, ENGINES, newPlace, startGateway, type SharedPlace, type TestGateway } from './harness'

// The once-only pieces of running several gateways on one database: migrations and the demo seed
// when instances start together, each sweep once per period across instances, and the health and
// readiness answers a load balancer reads (readiness 503 while draining).

const PG = ENGINES.find((e) => e.name === 'postgres')
const SQLITE = ENGINES.find((e) => e.name === 'sqlite')!
const TABLES = ['streets', 'communities', 'compounds', 'buildings', 'accounts', 'role_assignments', 'notices', 'activities', 'proposals', 'issues'] as const

const places: { engine: typeof SQLITE; place: SharedPlace }[] = []
const started: TestGateway[] = []
afterAll(async () => {
  for (const g of started.splice(0)) await g.close()
  for (const p of places) await dropPlace(p.engine, p.place)
})
function place(engine: typeof SQLITE): SharedPlace {
  const p = newPlace()
  places.push({ engine, place: p })
  return p
}
const counts = async (g: TestGateway) =>
  Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, Number((await g.gateway.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)])))

describe.skipIf(!PG)('three instances starting at once on one fresh PostgreSQL schema', () => {
  it('migrate and seed it once: the same rows as one instance alone', async () => {
    const single = await startGateway(PG!, { LINLI_JOBS: 'on', LOG_LEVEL: 'error' })
    started.push(single)
    const expected = await counts(single)
    expect(expected.streets).toBeGreaterThan(0)
    const shared = place(PG!)
    const three = await Promise.all([0, 1, 2].map(() => startGateway(PG!, { LINLI_JOBS: 'on', LOG_LEVEL: 'error' }, {}, shared)))
    started.push(...three)
    for (const g of three) expect(await counts(g)).toEqual(expected)
    for (const g of three) expect((await g.ok<{ communities: unknown[] }>('{ communities { id } }')).communities).toHaveLength(7)
  }, 180_000)
})

describe('each sweep once per period across instances', () => {
  it('runs every cron task once per minute on two PostgreSQL instances (and on the SQLite one), and sends a due reminder once', async () => {
    const everyMinute = (tasks: import('../../gateway/jobs').PeriodicTask[]) => tasks.map((t) => (t.cron ? { ...t, cron: '* * * * *' } : t))
    const runs: TaskRun[] = []
    const groups: TestGateway[][] = []
    if (PG) {
      const shared = place(PG)
      const a = await startGateway(PG, { LINLI_JOBS: 'on', LOG_LEVEL: 'error' }, { tasks: everyMinute }, shared)
      const b = await startGateway(PG, { LINLI_JOBS: 'on', LINLI_SEED: 'none', LOG_LEVEL: 'error' }, { tasks: everyMinute }, shared)
      groups.push([a, b])
    }
    groups.push([await startGateway(SQLITE, { LINLI_JOBS: 'on' }, { tasks: everyMinute })])
    for (const group of groups) {
      started.push(...group)
      for (const g of group) g.gateway.jobs.onRun((r) => runs.push({ ...r, instance: `${g.config.database.engine}|${r.instance}` }))
    }
    // A reminder due: an activity tomorrow morning and a person who asked to be reminded.
    const reminded = await Promise.all(groups.map(async ([g]) => {
      const db = g!.gateway.db
      const activity = await db.selectFrom('activities').select('id').where('status', '=', 'PUBLISHED').orderBy('id').executeTakeFirstOrThrow()
      const account = await db.selectFrom('accounts').select('id').where('handle', '=', 'resident-changbaoe').executeTakeFirstOrThrow()
      await db.updateTable('activities').set({ starts_at: new Date(Date.now() + 3 * 3_600_000).toISOString() }).where('id', '=', activity.id).execute()
      await db.insertInto('activity_reminders').values({ activity_id: activity.id, account_id: account.id, requested_at: new Date().toISOString(), sent_at: null }).onConflict((oc) => oc.columns(['activity_id', 'account_id']).doUpdateSet({ sent_at: null })).execute()
      return { db, activity: activity.id, account: account.id }
    }))
    // Wait past the next minute, and a little more for the runs to finish.
    const boundary = Math.ceil(Date.now() / 60_000) * 60_000
    const cronTasks = ['retry_content_checks', 'sweep_proposals', 'sweep_activity_reminders', 'sweep_issues', 'prune_rate_limits']
    const end = boundary + 45_000
    while (Date.now() < end) {
      const done = groups.every((group) => cronTasks.every((task) => runs.some((r) => r.task === task && r.instance.startsWith(group[0]!.config.database.engine))))
      if (done && Date.now() > boundary + 5_000) break
      await new Promise((r) => setTimeout(r, 250))
    }
    for (const group of groups) {
      const engine = group[0]!.config.database.engine
      const mine = runs.filter((r) => r.instance.startsWith(engine) && cronTasks.includes(r.task))
      for (const task of cronTasks) {
        const periods = mine.filter((r) => r.task === task).map((r) => r.period)
        expect(periods.length, `${engine} ${task}`).toBeGreaterThan(0)
        expect(new Set(periods).size, `${engine} ${task}: one run per period, got ${JSON.stringify(periods)}`).toBe(periods.length)
        expect(periods.every((p) => typeof p === 'string' && Date.parse(p) % 60_000 === 0)).toBe(true)
      }
      expect(mine.every((r) => r.ok)).toBe(true)
      // The job_runs log holds each of those runs once, finished OK, with the instance and period.
      const logged = await group[0]!.gateway.db.selectFrom('job_runs').selectAll().where('task', 'in', cronTasks).where('period', 'is not', null).execute()
      const key = (r: { task: string; period?: string | null; instance: string }) => `${r.task} ${r.period} ${r.instance.replace(/^[a-z]+\|/, '')}`
      expect(logged.map(key).sort(), engine).toEqual(expect.arrayContaining(mine.map(key)))
      expect(new Set(logged.map((r) => `${r.task} ${r.period}`)).size, `${engine}: a period logged twice`).toBe(logged.length)
      expect(logged.filter((r) => r.outcome !== 'OK' && r.outcome !== 'RUNNING')).toEqual([])
    }
    for (const { db, activity, account } of reminded) {
      const inbox = await db.selectFrom('inbox_messages').select('id').where('account_id', '=', account).where('kind', '=', 'ACTIVITY_REMINDER').where('subject_id', '=', activity).execute()
      expect(inbox).toHaveLength(1)
    }
    if (PG) console.log(`[jobs] PostgreSQL runs by instance: ${JSON.stringify(Object.entries(runs.filter((r) => r.instance.startsWith('postgres')).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.instance.split('|')[1]!]: (acc[r.instance.split('|')[1]!] ?? 0) + 1 }), {})))}`)
  }, 150_000)
})

/** One GET over a fresh connection: status and JSON body. */
async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url, { headers: { connection: 'close' } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe.each(ENGINES)('health and readiness on $name', (engine) => {
  it('answers /healthz and /readyz; after close() /readyz is 503 while in-flight requests finish, then the port closes', async () => {
    const g = await startGateway(engine, { DRAIN_DELAY_MS: '1500', LINLI_JOBS: 'on' })
    expect(await get(`${g.url}/healthz`)).toEqual({ status: 200, body: { status: 'ok', engine: engine.name } })
    expect(await get(`${g.url}/readyz`)).toEqual({ status: 200, body: { status: 'ready', engine: engine.name } })

    // A request whose body is still arriving when the drain begins.
    const { port } = new URL(g.url)
    const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'test' } }, (res) => {
        let body = ''
        res.on('data', (c) => (body += String(c)))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
      })
      req.on('error', reject)
      req.write('{"query":"{ communities')
      setTimeout(() => req.end(' { name } }"}'), 800)
    })
    await new Promise((r) => setTimeout(r, 100))
    const closed = g.gateway.close()
    expect(await get(`${g.url}/readyz`)).toEqual({ status: 503, body: { status: 'draining', engine: engine.name } })
    expect((await get(`${g.url}/healthz`)).status).toBe(200)
    const answered = await inFlight
    expect(answered.status).toBe(200)
    expect(JSON.parse(answered.body).data.communities).toHaveLength(7)
    await closed
    await expect(fetch(`${g.url}/healthz`)).rejects.toThrow()
    await g.close() // the harness's cleanup; close() is once-only
  }, 60_000)
})

describe.skipIf(!PG)("another schema's graphile-worker migration", () => {
  it('does not stop this instance’s worker: it checks its own schema and starts again (exit code left alone)', async () => {
    let ticks = 0
    const tick: import('../../gateway/jobs').PeriodicTask = { name: 'test_tick', everyMs: 200, run: async () => void ticks++ }
    const shared = place(PG!)
    const g = await startGateway(PG!, { LINLI_JOBS: 'on', LOG_LEVEL: 'silent' }, { tasks: () => [tick] }, shared)
    started.push(g)
    const ticking = async (label: string) => {
      const from = ticks
      const until = Date.now() + 15_000
      while (ticks < from + 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
      expect(ticks, label).toBeGreaterThanOrEqual(from + 2)
    }
    await ticking('before')
    // A fresh install of graphile-worker in a schema of its own on the same database: its breaking
    // migrations are announced on the database-wide channel every worker listens to.
    const other = place(PG!)
    const { runMigrations } = await import('graphile-worker')
    const pool = new pg.Pool({ connectionString: PG!.url, max: 2 })
    try {
      await runMigrations({ pgPool: pool, schema: `${other.schema}_jobs`, logger: new Logger(() => () => undefined) })
    } finally {
      await pool.end()
    }
    await new Promise((r) => setTimeout(r, 1500)) // the notice arrives and the worker shuts down and comes back
    await ticking('after the notice')
    expect(process.exitCode).not.toBe(57)
  }, 60_000)
})
