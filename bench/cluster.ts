import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import autocannon from 'autocannon'
import { ok, startCluster, type Instance } from '../test/cluster/cluster'
import { seedPeople } from '../test/cluster/fixtures'
import { startNginx } from '../test/cluster/nginx'
import { CLIENT_HEADERS, median } from './support'

// Figures, not pass/fail: requests/s of the notices list (signed in: a page of 20 with read state)
// and of sign-ups (every request a different person, 100 seats then the waitlist), through nginx
// to 1, 2 and 3 gateway processes on one PostgreSQL, and the ratios to one instance. Three
// instances start once; each measurement starts nginx in front of the first n of them (the rest
// idle), and the rounds interleave n = 1, 2, 3 so a busy moment of the shared machine hits all alike.
// Usage: TEST_DATABASE_URL=postgres://… npm run bench:cluster
//   (BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_SIGNUPS, BENCH_ROUNDS; TEST_REDIS_URL gives the instances Redis)

const SECONDS = Number(process.env.BENCH_SECONDS ?? 6)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const SIGNUPS = Number(process.env.BENCH_SIGNUPS ?? 500)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)
const SIZES = [1, 2, 3]

const NOTICES = `{ notices(first: 20) { edges { node { id title summary category pinned readCount acknowledgedCount viewerHasRead viewerHasAcknowledged publishedAt } } pageInfo { hasNextPage endCursor } } }`
const REGISTER = 'mutation($a: ID!) { register(activityId: $a, partySize: 1) { id status } }'

/** CPU time (ms) a process has used so far, threads included (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

interface Figures { rps: number; failures: number; gatewayCpuPerRequest: number }

/** Runs the load against nginx in front of `instances`; the gateways' CPU time is read around it. */
async function measure(instances: Instance[], dir: string, load: (url: string) => Promise<{ requests: number; seconds: number; failures: number }>): Promise<Figures> {
  const nginx = await startNginx(instances.map((i) => new URL(i.url).host), dir)
  try {
    const before = instances.map((i) => cpuMs(i.pid))
    const r = await load(nginx.url)
    const cpu = instances.reduce((sum, i, k) => sum + cpuMs(i.pid) - before[k]!, 0)
    return { rps: r.requests / r.seconds, failures: r.failures, gatewayCpuPerRequest: cpu / r.requests }
  } finally {
    await nginx.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const databaseUrl = process.env.TEST_DATABASE_URL
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL (postgres://…) is required: the instances share one PostgreSQL')
  console.log(`Node ${process.version}, ${os.cpus().length} CPU(s): ${os.cpus()[0]?.model ?? 'unknown'}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  const c = await startCluster({ size: 3, databaseUrl, redisUrl: process.env.TEST_REDIS_URL, staggered: true, env: { LOG_LEVEL: 'error' } })
  try {
    const signIn = async (handle: string) => (await ok(c.url, 'mutation($h: String!) { signInDev(handle: $h) { token } }', { h: handle })).signInDev.token as string
    const admin = await signIn('admin-dongyingpan')
    const resident = await signIn('resident-changbaoe')
    const page = await ok(c.url, NOTICES, {}, resident)
    for (const edge of page.notices.edges.slice(0, 5)) await ok(c.url, 'mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: edge.node.id }, resident)
    const { communities } = await ok(c.url, '{ communities { id name } }')
    const communityId = communities.find((x: { name: string }) => x.name === '东营盘社区').id
    const people = await seedPeople(c.db, 'bench', SIGNUPS)
    let activities = 0

    const notices = (url: string) => async () => {
      const options = { url: `${url}/graphql`, method: 'POST' as const, headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, authorization: `Bearer ${resident}` }, body: JSON.stringify({ query: NOTICES }), connections: CONNECTIONS }
      await autocannon({ ...options, duration: 1 }) // warm-up: JIT, statement caches, pools, nginx's keepalive connections
      const r = await autocannon({ ...options, duration: SECONDS })
      return { requests: r.requests.total, seconds: SECONDS, failures: r.errors + r.timeouts + r.non2xx }
    }
    const signUps = (url: string) => async () => {
      const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()
      const input = { communityId, kind: 'FESTIVAL', title: `艾草锤子 ${++activities}`, description: '手工', venue: '实践站', startsAt: hour(72), endsAt: hour(74), signUpDeadline: hour(48), capacity: 100, maxPartySize: 1, eligibility: 'ANYONE', waitlist: true, needsApproval: false }
      const activityId = (await ok(url, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input }, admin)).createActivity.id
      await ok(url, 'mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: activityId }, admin)
      let next = 0
      const body = JSON.stringify({ query: REGISTER, variables: { a: activityId } })
      const t0 = performance.now()
      const r = await autocannon({
        url: `${url}/graphql`, method: 'POST', connections: CONNECTIONS, amount: SIGNUPS,
        requests: [{ setupRequest: (req) => ({ ...req, body, headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, authorization: `Bearer ${people[next++ % people.length]!.token}` } }) }],
      })
      const seconds = (performance.now() - t0) / 1000
      const rows = await c.db.selectFrom('activity_registrations').select(['status']).where('activity_id', '=', activityId).execute()
      const seated = rows.filter((row) => row.status === 'CONFIRMED').length
      if (rows.length !== SIGNUPS || seated !== 100) throw new Error(`sign-ups: ${rows.length} registrations (${seated} confirmed) for ${SIGNUPS} requests`)
      return { requests: SIGNUPS, seconds, failures: r.errors + r.timeouts + r.non2xx }
    }

    const results = { notices: new Map<number, Figures[]>(), signUps: new Map<number, Figures[]>() }
    console.log(`\n${CONNECTIONS} connections; notices ${SECONDS} s per measurement, ${SIGNUPS} sign-ups per measurement; ${ROUNDS} round(s)`)
    for (let round = 1; round <= ROUNDS; round++) {
      for (const n of SIZES) {
        for (const [name, load] of [['notices', notices], ['signUps', signUps]] as const) {
          const f = await measure(c.instances.slice(0, n), path.join(c.dir, `nginx-bench-${round}-${n}-${name}`), (url) => load(url)())
          results[name].set(n, [...(results[name].get(n) ?? []), f])
          console.log(`  round ${round}  ${n} instance(s)  ${name.padEnd(8)} ${f.rps.toFixed(0).padStart(6)} req/s   ${f.gatewayCpuPerRequest.toFixed(2)} gateway CPU-ms/request   ${f.failures} failed`)
        }
      }
    }
    console.log('\nmedians (ratio to 1 instance)')
    for (const name of ['notices', 'signUps'] as const) {
      const rps = (n: number) => median(results[name].get(n)!.map((f) => f.rps))
      const cpu = (n: number) => median(results[name].get(n)!.map((f) => f.gatewayCpuPerRequest))
      console.log(`  ${name === 'notices' ? 'notices list' : 'sign-ups    '}  ${SIZES.map((n) => `${n}: ${rps(n).toFixed(0)} req/s (×${(rps(n) / rps(1)).toFixed(2)}, ${cpu(n).toFixed(2)} CPU-ms/req)`).join('   ')}`)
    }
  } finally {
    await c.stop()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
