import fs from 'node:fs'
import inspector from 'node:inspector/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { createSchema, createYoga } from 'graphql-yoga'
import pg from 'pg'
import { createGateway } from '../gateway/app'
import { loadConfig } from '../gateway/config'
import { BENCH_ENV, CLIENT_HEADERS, mainThreadCpuMs, median, post, runOnEngines } from './support'

// Figures, not pass/fail: the notices list (a full page of 20 with the viewer's read state) through
// the gateway, against a bare graphql-yoga server answering the same shape from memory, in one run.
// The load runs in a worker thread so it does not share the servers' event loop.
// Usage: npx tsx bench/notices-list.ts   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_ROUNDS; TEST_DATABASE_URL adds PostgreSQL)

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
// BENCH_PROFILE=<dir>: the gateway's signed-in rounds alone, their CPU profile written there (one
// .cpuprofile per engine; summarise with bench/cpu-profile-summary.ts).
const PROFILE = process.env.BENCH_PROFILE
// BENCH_BASE=<dir>: another checkout of the project (an earlier commit, its node_modules linked) whose
// gateway is measured in the same rounds, so before and after come from one run on a shared machine.
const BASE = process.env.BENCH_BASE ? path.resolve(process.env.BENCH_BASE) : null
// BENCH_READERS: how many neighbours have read each listed notice before the rounds (default 100).
const READERS = Number(process.env.BENCH_READERS ?? 100)

const QUERY = `{ notices(first: 20) { edges { node { id title summary category pinned readCount acknowledgedCount viewerHasRead viewerHasAcknowledged publishedAt } } pageInfo { hasNextPage endCursor } } }`

interface NoticesPage { notices: { edges: { node: Record<string, unknown> }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }
interface Figures { name: string; rps: number; p50: number; p99: number; requests: number; failures: number; perCpuSecond: number }


async function measure(name: string, url: string, token?: string): Promise<Figures> {
  const options = {
    url: `${url}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: QUERY }),
    connections: CONNECTIONS,
    workers: 1,
  }
  await autocannon({ ...options, duration: 1 }) // warm-up: JIT, statement caches, pools
  const cpuBefore = mainThreadCpuMs()
  const r = await autocannon({ ...options, duration: SECONDS })
  const perCpuSecond = (r.requests.total * 1000) / (mainThreadCpuMs() - cpuBefore)
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, failures: r.errors + r.timeouts + r.non2xx, perCpuSecond }
}

/** A gateway on the given database, with ~30 extra notices and a resident who has read a few. */
async function startSeededGateway(databaseUrl: string, schema?: string, root?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const code = root
    ? { createGateway: ((await import(path.join(root, 'gateway/app.ts'))) as typeof import('../gateway/app')).createGateway, loadConfig: ((await import(path.join(root, 'gateway/config.ts'))) as typeof import('../gateway/config')).loadConfig }
    : { createGateway, loadConfig }
  const config = code.loadConfig({
    ...BENCH_ENV, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', RATE_LIMIT_SIGNIN_PER_MINUTE: '1000',
    MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: databaseUrl.replace('{dir}', dir),
  }, root)
  const gateway = await code.createGateway(config, { schema })
  const url = await gateway.listen()
  const signIn = async (handle: string) => (await post<{ signInDev: { token: string } }>(url, 'mutation($h: String!) { signInDev(handle: $h) { token } }', { h: handle })).signInDev.token
  const admin = await signIn('admin-dongyingpan')
  const { communities } = await post<{ communities: { id: string; name: string }[] }>(url, '{ communities { id name } }')
  const communityId = communities.find((c) => c.name === '东营盘社区')!.id // the demo data always has it
  const categories = ['INTEGRITY_CULTURE', 'ANNOUNCEMENT', 'SAFETY_TIP', 'POLICY_EXPLAINED', 'RESIDENTS_COVENANT']
  for (let i = 1; i <= 30; i++) {
    const input = { communityId, category: categories[i % categories.length], title: `社区通知第${i}期:楼道清理与安全检查`, body: `<p>各位居民:本周六上午开展第${i}次楼道杂物清理,请配合网格员检查消防通道。</p>`, requiresAck: i % 4 === 0 }
    await post(url, 'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }', { input }, admin)
  }
  // READERS neighbours have read every notice of the page (every other one acknowledged those that ask):
  // the counts are over real numbers of marks, as in a compound of a few hundred households.
  const listed = await post<NoticesPage>(url, QUERY, {}, admin)
  for (let i = 0; i < READERS; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, READERS - i) }, async (_, j) => {
      const neighbour = await signIn(`resident-reader-${i + j}`)
      for (const edge of listed.notices.edges) await post(url, `mutation($id: ID!) { ${(i + j) % 2 ? 'markNoticeRead' : 'acknowledgeNotice'}(id: $id) { id } }`, { id: edge.node.id }, neighbour).catch(() => post(url, 'mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: edge.node.id }, neighbour))
    }))
  }
  const resident = await signIn('resident-bench')
  const page = await post<NoticesPage>(url, QUERY, {}, resident)
  for (const edge of page.notices.edges.slice(0, 5)) await post(url, 'mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: edge.node.id }, resident)
  const check = await post<NoticesPage>(url, QUERY, {}, resident)
  if (check.notices.edges.length !== 20 || check.notices.edges.filter((e) => e.node.viewerHasRead).length < 5) throw new Error('the page is not full or the reads did not land')
  return {
    url, resident, page: check,
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

/**
 * graphql-yoga with nothing but the fields the query asks for, answering a fixed page from memory.
 * `lean`: also without Yoga's default body limit, whose counting stream costs a small request about
 * a tenth of its CPU (the gateway checks the Content-Length instead): the ratio against it shows what
 * is left once that saving is taken out.
 */
async function startBaseline(page: NoticesPage, lean = false) {
  const typeDefs = /* GraphQL */ `
    scalar DateTime
    enum NoticeCategory { INTEGRITY_CULTURE ANNOUNCEMENT SAFETY_TIP POLICY_EXPLAINED RESIDENTS_COVENANT }
    type Notice { id: ID! title: String! summary: String! category: NoticeCategory! pinned: Boolean! readCount: Int! acknowledgedCount: Int! viewerHasRead: Boolean! viewerHasAcknowledged: Boolean! publishedAt: DateTime! }
    type NoticeEdge { cursor: String! node: Notice! }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type NoticeConnection { edges: [NoticeEdge!]! pageInfo: PageInfo! }
    type Query { notices(first: Int = 20, after: String): NoticeConnection! }
  `
  const edges = page.notices.edges.map((e, i) => ({ cursor: String(i), node: e.node }))
  const yoga = createYoga({ schema: createSchema({ typeDefs, resolvers: { Query: { notices: () => ({ edges, pageInfo: page.notices.pageInfo }) } } }), logging: false, graphiql: false, ...(lean ? { maxRequestBodySize: false as const } : {}) })
  const server = createServer(yoga)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const row = (f: Figures) => `  ${f.name.padEnd(24)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   ${f.perCpuSecond.toFixed(0).padStart(5)} req/CPU-s   (${f.requests} requests, ${f.failures} failed)`

/** Gateway and baseline in turn, ROUNDS times (the machine is shared: a ratio per round, then the median). */
async function run(engine: string, databaseUrl: string, schema?: string): Promise<void> {
  const seeded = await startSeededGateway(databaseUrl, schema)
  const base = BASE ? await startSeededGateway(databaseUrl, schema && `${schema}_base`, BASE) : null
  const baseline = await startBaseline(seeded.page)
  const leanBaseline = await startBaseline(seeded.page, true)
  try {
    console.log(`\nnotices(first: 20) with read state — ${engine}, ${CONNECTIONS} connections, ${SECONDS} s each, ${ROUNDS} round(s)`)
    const ratios: number[] = []
    const signedOutRatios: number[] = []
    const cpuRatios: number[] = []
    const baseRatios: number[] = []
    const baseCpuRatios: number[] = []
    const leanCpuRatios: number[] = []
    const profiler = PROFILE ? new inspector.Session() : null
    profiler?.connect()
    await profiler?.post('Profiler.enable')
    await profiler?.post('Profiler.start')
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`round ${round}`)
      const g = await measure(`gateway (${engine})`, seeded.url, seeded.resident)
      console.log(row(g))
      if (PROFILE) continue // only the gateway's signed-in path in the CPU profile
      const b = await measure('bare yoga, in memory', baseline.url)
      const lean = await measure('bare yoga, no body stream', leanBaseline.url)
      const anonymous = await measure('gateway, signed out', seeded.url)
      const before = base ? await measure(`base gateway (${engine})`, base.url, base.resident) : null
      console.log(row(b))
      console.log(row(lean))
      console.log(row(anonymous))
      if (before) {
        console.log(row(before))
        baseRatios.push(before.rps / b.rps)
        baseCpuRatios.push(before.perCpuSecond / b.perCpuSecond)
        console.log(`  base gateway/baseline: ${(before.rps / b.rps).toFixed(2)} req/s, ${(before.perCpuSecond / b.perCpuSecond).toFixed(2)} req/CPU-s`)
      }
      ratios.push(g.rps / b.rps)
      signedOutRatios.push(anonymous.rps / b.rps)
      cpuRatios.push(g.perCpuSecond / b.perCpuSecond)
      leanCpuRatios.push(g.perCpuSecond / lean.perCpuSecond)
      console.log(`  ratio gateway/baseline: ${(g.rps / b.rps).toFixed(2)} req/s, ${(g.perCpuSecond / b.perCpuSecond).toFixed(2)} req/CPU-s; signed out (response cache): ${(anonymous.rps / b.rps).toFixed(2)} req/s`)
    }
    if (profiler && PROFILE) {
      const { profile } = await profiler.post('Profiler.stop')
      const file = path.join(PROFILE, `notices-${engine}.cpuprofile`)
      fs.mkdirSync(PROFILE, { recursive: true })
      fs.writeFileSync(file, JSON.stringify(profile))
      console.log(`profile: ${file}`)
      return
    }
    const list = (values: number[]) => values.map((r) => r.toFixed(2)).join(', ')
    console.log(`${engine}: median ratio ${median(ratios).toFixed(2)} req/s (rounds: ${list(ratios)}); ${median(cpuRatios).toFixed(2)} req/CPU-s (rounds: ${list(cpuRatios)}); signed out ${median(signedOutRatios).toFixed(2)} req/s; against bare yoga without its body stream ${median(leanCpuRatios).toFixed(2)} req/CPU-s (rounds: ${list(leanCpuRatios)})`)
    if (base) console.log(`${engine} base (${BASE}): median ratio ${median(baseRatios).toFixed(2)} req/s (rounds: ${list(baseRatios)}); ${median(baseCpuRatios).toFixed(2)} req/CPU-s (rounds: ${list(baseCpuRatios)})`)
  } finally {
    await base?.close()
    await baseline.close()
    await leanBaseline.close()
    await seeded.close()
  }
}

runOnEngines(run)
