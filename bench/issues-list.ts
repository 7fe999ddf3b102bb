import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { CompiledQuery, type LogEvent } from 'kysely'
import pg from 'pg'
import { createGateway, type Gateway } from '../gateway/app'
import { loadConfig } from '../gateway/config'
import type { DB } from '../gateway/db/database'
import type { IssueRow } from '../gateway/db/tables'
import { newId } from '../gateway/lib/ids'
import { DUE_HOURS, dueAt, routedRole, type IssueCategory, type IssueStatus } from '../gateway/modules/issues/lifecycle'
import { BENCH_ENV, CLIENT_HEADERS, median, post, random, runOnEngines } from './support'

// Figures, not pass/fail: the resident's issues list and the grid worker's queue (a page of 20 with
// reporter, assignee and support count) through the gateway, with 10,000, 200,000 and 1,000,000
// issues loaded in bulk straight into the database. The load runs in a worker thread so it does not
// share the gateway's event loop. Each larger size is measured in rounds beside the smallest, kept in
// a database of its own, and the lines give each list's p50 at that size over its p50 at the smallest
// (the promise: ≤ 1.5 on PostgreSQL from 10,000 to 1,000,000).
// Usage: npx tsx bench/issues-list.ts   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_ISSUE_SIZES, BENCH_ROUNDS,
// BENCH_ENGINES=postgres; TEST_DATABASE_URL adds PostgreSQL)

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
// Cumulative sizes measured in turn; BENCH_ISSUE_SIZES=10000,200000 for a quicker run.
const SIZES = (process.env.BENCH_ISSUE_SIZES ?? '10000,200000,1000000').split(',').map(Number)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const RESIDENTS = 2_000
const BATCH = 500 // rows per INSERT
const PER_TRANSACTION = 10_000
const STEP_MS = 3 * 60_000 // one issue every three minutes: 200,000 span about 14 months up to now

const FIELDS = `edges { node { id title status category supportCount overdue reporter { displayName } assignee { person { displayName } role scopeName } } } pageInfo { hasNextPage endCursor }`
const QUERIES = { resident: `{ issues(first: 20) { ${FIELDS} } }`, workbench: `{ workbenchIssues(first: 20) { ${FIELDS} } }` }
type Which = keyof typeof QUERIES

interface Page { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } }
interface Figures { rps: number; p50: number; p99: number; requests: number; failures: number }


async function measure(url: string, query: string, token: string): Promise<Figures> {
  const options = {
    url: `${url}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    connections: CONNECTIONS,
    workers: 1,
  }
  await autocannon({ ...options, duration: 1 }) // warm-up: JIT, statement caches, pools
  const r = await autocannon({ ...options, duration: SECONDS })
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, failures: r.errors + r.timeouts + r.non2xx }
}


interface Place { communityId: string; compoundId: string; gridId: string; buildingId: string }

/** Who and where the bulk issues come from: the demo places and staff, and 2,000 new residents. */
async function prepareWorld(db: DB) {
  const places: Place[] = await db
    .selectFrom('buildings')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .select(['compounds.community_id as communityId', 'buildings.compound_id as compoundId', 'buildings.grid_id as gridId', 'buildings.id as buildingId'])
    .orderBy('buildings.id')
    .execute()
  const zhongwang = (await db.selectFrom('compounds').select('id').where('name', '=', '众望小区').executeTakeFirstOrThrow()).id
  const roles = await db.selectFrom('role_assignments').select(['role', 'scope_id', 'account_id']).where('role', 'in', ['GRID_WORKER', 'STEWARD']).execute()
  const staffFor = (role: string, scopeId: string) => roles.find((r) => r.role === role && r.scope_id === scopeId)?.account_id ?? null
  const viewer = (await db.selectFrom('accounts').select('id').where('handle', '=', 'resident-changbaoe').executeTakeFirstOrThrow()).id
  const at = new Date().toISOString()
  const residents = Array.from({ length: RESIDENTS }, (_, i) => ({ id: newId(), handle: `bench-resident-${i}`, openid: null, nickname: `居民${i + 1}`, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < residents.length; i += BATCH) await trx.insertInto('accounts').values(residents.slice(i, i + BATCH)).execute()
  })
  return {
    inZhongwang: places.filter((p) => p.compoundId === zhongwang),
    elsewhere: places.filter((p) => p.compoundId !== zhongwang),
    staffFor, viewer, residentIds: residents.map((r) => r.id),
  }
}
type World = Awaited<ReturnType<typeof prepareWorld>>

const CATEGORIES = Object.keys(DUE_HOURS) as IssueCategory[]
// Most issues are long finished; about a third are still open.
const STATUSES: [IssueStatus, number][] = [['CLOSED', 0.45], ['RESOLVED', 0.08], ['REJECTED', 0.05], ['IN_PROGRESS', 0.12], ['ACCEPTED', 0.1], ['SUBMITTED', 0.15], ['REOPENED', 0.05]]

function pickStatus(r: number): IssueStatus {
  for (const [status, share] of STATUSES) if ((r -= share) < 0) return status
  return 'SUBMITTED'
}

/** Issue number `n` of the run (0-based): ~1/3 in 众望小区, ~60% public, submitted in order. */
function makeIssue(world: World, rand: () => number, n: number, start: number): IssueRow {
  const list = rand() < 1 / 3 ? world.inZhongwang : world.elsewhere
  const place = list[Math.floor(rand() * list.length)]!
  const category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)]!
  const status = pickStatus(rand())
  const submitted = new Date(start + n * STEP_MS).toISOString()
  const resolvedAt = status === 'CLOSED' || status === 'RESOLVED' ? new Date(start + n * STEP_MS + (2 + rand() * 100) * 3_600_000).toISOString() : null
  const closed = status === 'CLOSED' && resolvedAt ? new Date(Date.parse(resolvedAt) + rand() * 7 * 86_400_000).toISOString() : null
  const rating = closed && rand() < 0.7 ? 1 + Math.floor(rand() * 5) : null
  const assignee = (routedRole(category) === 'STEWARD' ? world.staffFor('STEWARD', place.compoundId) : null) ?? world.staffFor('GRID_WORKER', place.gridId)
  return {
    id: newId(), community_id: place.communityId, compound_id: place.compoundId, grid_id: place.gridId, building_id: place.buildingId,
    category, title: `${n + 1}号报事:楼道${category === 'LIGHTING' ? '灯不亮' : '需要处理'}`, description: '楼道里的问题已经有几天了,请尽快处理,谢谢。',
    spot: rand() < 0.5 ? `${1 + Math.floor(rand() * 3)}单元` : null, latitude: null, longitude: null, is_public: rand() < 0.6 ? 1 : 0, status,
    reporter_id: n % 997 === 0 ? world.viewer : world.residentIds[Math.floor(rand() * world.residentIds.length)]!, on_behalf_name: null,
    assignee_id: status === 'SUBMITTED' && rand() < 0.1 ? null : assignee, duplicate_of: null, submitted_at: submitted, due_at: dueAt(category, submitted),
    resolved_at: resolvedAt, closed_at: closed, rating, rating_comment: rating ? '处理及时' : null, follow_up_sent_at: null, follow_up_answer: null, escalation_level: 0, escalated_at: null, overdue_noticed_at: null,
    updated_at: closed ?? resolvedAt ?? submitted,
  }
}

/** Issues `from`..`to` (0-based numbers), with "me too" (~1 per 3 issues, supporters follow) and followers. */
async function loadIssues(db: DB, world: World, from: number, to: number, start: number) {
  const rand = random(from + 1)
  let supports = 0
  let followers = 0
  for (let t = from; t < to; t += PER_TRANSACTION) {
    await db.transaction().execute(async (trx) => {
      for (let b = t; b < Math.min(t + PER_TRANSACTION, to); b += BATCH) {
        const issues = Array.from({ length: Math.min(BATCH, to - b) }, (_, i) => makeIssue(world, rand, b + i, start))
        const sup: { issue_id: string; account_id: string; at: string }[] = []
        const fol: typeof sup = []
        for (const issue of issues) {
          const r = rand()
          const k = issue.is_public ? (r < 0.3 ? 1 : r < 0.38 ? 2 : r < 0.4 ? 3 : 0) : 0
          const marks = new Set<string>()
          while (marks.size < k) marks.add(world.residentIds[Math.floor(rand() * world.residentIds.length)]!)
          marks.delete(issue.reporter_id)
          for (const account_id of marks) sup.push({ issue_id: issue.id, account_id, at: issue.submitted_at })
          if (rand() < 0.05) marks.add(world.residentIds[Math.floor(rand() * world.residentIds.length)]!)
          // The signed-in resident follows a few issues outside her compound.
          if (issue.compound_id !== world.inZhongwang[0]!.compoundId && rand() < 0.002) marks.add(world.viewer)
          marks.delete(issue.reporter_id)
          for (const account_id of marks) fol.push({ issue_id: issue.id, account_id, at: issue.submitted_at })
        }
        await trx.insertInto('issues').values(issues).execute()
        if (sup.length) await trx.insertInto('issue_supports').values(sup).execute()
        if (fol.length) await trx.insertInto('issue_followers').values(fol).execute()
        supports += sup.length
        followers += fol.length
      }
    })
  }
  return { supports, followers }
}

/** EXPLAIN of a captured statement, on one line (PostgreSQL's plan lines joined with " / "). */
async function explain(db: DB, engine: string, q: CompiledQuery): Promise<string> {
  const prefix = engine === 'SQLite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN '
  const { rows } = await db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(prefix + q.sql, [...q.parameters]))
  return rows.map((r) => String(r.detail ?? r['QUERY PLAN']).trim()).join(' / ')
}

async function startGateway(databaseUrl: string, capture: Partial<Record<Which, CompiledQuery>>, schema?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const config = loadConfig({
    ...BENCH_ENV, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', RATE_LIMIT_SIGNIN_PER_MINUTE: '1000',
    MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: databaseUrl.replace('{dir}', dir),
  })
  // The list statements, caught once each for EXPLAIN: the resident's has the followers subquery.
  const onQuery = (e: LogEvent) => {
    const sql = e.query.sql
    if (!sql.startsWith('select') || !sql.includes('from "issues"') || !sql.includes('order by "id" desc')) return
    capture[sql.includes('"issue_followers"') ? 'resident' : 'workbench'] ??= e.query
  }
  const gateway: Gateway = await createGateway(config, { schema, onQuery })
  const url = await gateway.listen()
  return {
    gateway, url,
    close: async () => {
      await gateway.close()
      if (schema) {
        const client = new pg.Client({ connectionString: databaseUrl })
        await client.connect()
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
        await client.end()
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** One gateway on its own database (SQLite file or PostgreSQL schema), signed in, with its world. */
async function openSide(databaseUrl: string, schema: string | undefined) {
  const capture: Partial<Record<Which, CompiledQuery>> = {}
  const side = await startGateway(databaseUrl, capture, schema)
  const signIn = async (handle: string) => (await post<{ signInDev: { token: string } }>(side.url, 'mutation($h: String!) { signInDev(handle: $h) { token } }', { h: handle })).signInDev.token
  const tokens: Record<Which, string> = { resident: await signIn('resident-changbaoe'), workbench: await signIn('grid-zhongwang-1') }
  const world = await prepareWorld(side.gateway.db)
  return { ...side, capture, tokens, world, loaded: 0 }
}
type Side = Awaited<ReturnType<typeof openSide>>

async function loadUpTo(engine: string, side: Side, size: number, start: number) {
  const t0 = performance.now()
  const marks = await loadIssues(side.gateway.db, side.world, side.loaded, size, start)
  if (engine === 'PostgreSQL') await side.gateway.db.executeQuery(CompiledQuery.raw('VACUUM ANALYZE')) // as autovacuum would soon after
  const seconds = (performance.now() - t0) / 1000
  console.log(`  bulk load ${(size - side.loaded).toLocaleString('en')} issues (+${marks.supports.toLocaleString('en')} me too, +${marks.followers.toLocaleString('en')} followers): ${seconds.toFixed(1)} s (${Math.round((size - side.loaded) / seconds).toLocaleString('en')} issues/s)`)
  side.loaded = size
  for (const which of ['resident', 'workbench'] as const) {
    const field = which === 'resident' ? 'issues' : 'workbenchIssues'
    const page = (await post<Record<string, Page>>(side.url, QUERIES[which], {}, side.tokens[which]))[field]!
    if (page.edges.length !== 20 || !page.pageInfo.hasNextPage) throw new Error(`${field}: the page is not full`)
  }
}

const row = (size: number, field: string, f: Figures) =>
  `  ${String(size.toLocaleString('en')).padStart(9)}  ${field.padEnd(15)} ${f.rps.toFixed(0).padStart(6)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   (${f.requests} requests, ${f.failures} failed)`

// The smallest size lives in a database of its own and is measured again beside every larger size,
// round by round (small, large, small, large…), so a busy moment of a shared machine hits both
// alike: the ratio compares two lists measured minutes, not half an hour, apart.
async function run(engine: string, databaseUrl: string, schema?: string): Promise<void> {
  const small = await openSide(databaseUrl, schema && `${schema}_small`)
  const large = await openSide(databaseUrl, schema)
  try {
    const start = Date.now() - SIZES[SIZES.length - 1]! * STEP_MS
    console.log(`\nissues list — ${engine}, ${CONNECTIONS} connections, ${SECONDS} s each, ${ROUNDS} round(s) per size beside ${SIZES[0]!.toLocaleString('en')}`)
    await loadUpTo(engine, small, SIZES[0]!, start)
    const ratios: string[] = []
    for (const size of SIZES.slice(1)) {
      await loadUpTo(engine, large, size, start)
      for (const which of ['resident', 'workbench'] as const) {
        const field = which === 'resident' ? 'issues' : 'workbenchIssues'
        const perRound: number[] = []
        for (let r = 0; r < ROUNDS; r++) {
          const a = await measure(small.url, QUERIES[which], small.tokens[which])
          const b = await measure(large.url, QUERIES[which], large.tokens[which])
          console.log(row(SIZES[0]!, field, a))
          console.log(row(size, field, b))
          perRound.push(b.p50 / Math.max(1, a.p50))
        }
        ratios.push(`  p50 at ${size.toLocaleString('en')} over p50 at ${SIZES[0]!.toLocaleString('en')}, ${field}: median ${median(perRound).toFixed(2)} (rounds: ${perRound.map((x) => x.toFixed(2)).join(', ')})`)
        console.log(ratios[ratios.length - 1])
      }
    }
    console.log(ratios.join('\n'))
    for (const which of ['resident', 'workbench'] as const) {
      const q = large.capture[which]
      if (q) console.log(`  EXPLAIN ${which === 'resident' ? 'issues' : 'workbenchIssues'} (${engine}, ${large.loaded.toLocaleString('en')}): ${await explain(large.gateway.db, engine, q)}`)
    }
  } finally {
    await small.close()
    await large.close()
  }
}

runOnEngines(run)
