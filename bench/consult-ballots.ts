import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import pg from 'pg'
import { createGateway, type Gateway } from '../gateway/app'
import { loadConfig } from '../gateway/config'
import type { DB } from '../gateway/db/database'
import { newId } from '../gateway/lib/ids'
import { tallyOf } from '../gateway/modules/consult/voting'
import { BENCH_ENV, CLIENT_HEADERS, post, random, runOnEngines } from './support'

// Figures, not pass/fail: 2,000 verified OWNER households of 众望小区 (loaded in bulk straight into
// the database) each cast one castBallot on an ADVISORY SINGLE proposal with three options, as fast
// as the gateway takes them, with a bounded number in flight; then every household changes its
// ballot to another option. After each round the ballots are counted against what was sent, and
// at the end the committee closes voting and the stored result is checked too. The load runs in a
// worker thread so it does not share the gateway's event loop.
// Usage: npx tsx bench/consult-ballots.ts   (BENCH_HOUSEHOLDS, BENCH_CONCURRENCY; TEST_DATABASE_URL adds PostgreSQL)

const HOUSEHOLDS = Number(process.env.BENCH_HOUSEHOLDS ?? 2_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50)
const BATCH = 500 // rows per INSERT
const OPTIONS = ['东门岗亭旁', '3号楼拐角', '车棚入口']

const VOTE = 'mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { optionIds receipt } }'

interface Figures { requests: number; failures: number; seconds: number; rps: number; p50: number; p99: number; max: number; firstError: string | null }
interface Job { token: string; variables: Record<string, unknown> }


// The load: a pool of `concurrency` loops over the jobs, each request timed; plain JavaScript so the
// worker needs no TypeScript loader. fetch (undici) keeps its connections alive between requests.
const LOAD = /* js */ `
const { parentPort, workerData } = require('node:worker_threads')
const { performance } = require('node:perf_hooks')
const { url, query, jobs, concurrency } = workerData
async function run() {
  const latencies = []
  let failures = 0
  let firstError = null
  let next = 0
  const started = performance.now()
  async function loop() {
    while (next < jobs.length) {
      const job = jobs[next++]
      const t0 = performance.now()
      try {
        const res = await fetch(url + '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'bench', authorization: 'Bearer ' + job.token }, body: JSON.stringify({ query, variables: job.variables }) })
        const body = await res.json()
        if (!res.ok || (body.errors && body.errors.length) || !body.data) throw new Error(res.status + ' ' + JSON.stringify(body.errors))
      } catch (err) {
        failures++
        if (!firstError) firstError = String(err && err.message ? err.message : err)
      }
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, loop))
  parentPort.postMessage({ latencies, failures, firstError, seconds: (performance.now() - started) / 1000 })
}
run().catch((err) => { throw err })
`

function fire(url: string, query: string, jobs: Job[], concurrency: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD, { eval: true, workerData: { url, query, jobs, concurrency } })
    worker.once('error', reject)
    worker.once('message', (m: { latencies: number[]; failures: number; firstError: string | null; seconds: number }) => {
      const sorted = [...m.latencies].sort((a, b) => a - b)
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0
      resolve({ requests: sorted.length, failures: m.failures, seconds: m.seconds, rps: (sorted.length - m.failures) / m.seconds, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0, firstError: m.firstError })
      void worker.terminate()
    })
  })
}


/** `HOUSEHOLDS` verified OWNER households spread over 众望小区's buildings, one member each, 50–150 m². */
async function seedHouseholds(db: DB): Promise<{ compoundId: string; handles: string[] }> {
  const compoundId = (await db.selectFrom('compounds').select('id').where('name', '=', '众望小区').executeTakeFirstOrThrow()).id
  const buildings = (await db.selectFrom('buildings').select('id').where('compound_id', '=', compoundId).orderBy('id').execute()).map((b) => b.id)
  const rand = random(278)
  const at = new Date().toISOString()
  const households = Array.from({ length: HOUSEHOLDS }, (_, i) => ({ id: newId(), building_id: buildings[i % buildings.length]!, unit: 'bench', room: String(10_000 + i), area_m2: Math.round((50 + rand() * 100) * 100) / 100, created_at: at }))
  const accounts = households.map((_, i) => ({ id: newId(), handle: `bench-voter-${i}`, openid: null, nickname: `住户${i + 1}`, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))
  const members = households.map((h, i) => ({ id: newId(), household_id: h.id, account_id: accounts[i]!.id, relation: 'OWNER', claim_id: null, verified_at: at }))
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < HOUSEHOLDS; i += BATCH) {
      await trx.insertInto('households').values(households.slice(i, i + BATCH)).execute()
      await trx.insertInto('accounts').values(accounts.slice(i, i + BATCH)).execute()
      await trx.insertInto('household_members').values(members.slice(i, i + BATCH)).execute()
    }
  })
  return { compoundId, handles: accounts.map((a) => a.handle) }
}

/** SQL statements run while a round is on (the gateway does nothing else meanwhile). */
const statements = { on: false, n: 0 }

async function startGateway(databaseUrl: string, schema?: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-'))
  const config = loadConfig({
    ...BENCH_ENV, NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', RATE_LIMIT_SIGNIN_PER_MINUTE: '1000000',
    MEDIA_DIR: path.join(dir, 'media'), DATABASE_URL: databaseUrl.replace('{dir}', dir),
  })
  const gateway: Gateway = await createGateway(config, { schema, onQuery: () => { if (statements.on) statements.n++ } })
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

/** Household votes per option id, as sent. */
function countSent(optionIds: string[], choices: number[]): Record<string, number> {
  const sent: Record<string, number> = Object.fromEntries(optionIds.map((id) => [id, 0]))
  for (const c of choices) sent[optionIds[c]!]! += 1
  return sent
}

function compare(what: string, sent: Record<string, number>, counted: Record<string, number>, labels: Map<string, string>): string[] {
  return Object.keys(sent).filter((id) => sent[id] !== (counted[id] ?? 0)).map((id) => `${what}: ${labels.get(id)} sent ${sent[id]}, counted ${counted[id] ?? 0}`)
}

async function ballotRows(db: DB, proposalId: string): Promise<number> {
  const row = await db.selectFrom('ballots').select((eb) => eb.fn.countAll<number>().as('n')).where('proposal_id', '=', proposalId).executeTakeFirstOrThrow()
  return Number(row.n)
}

const ms = (x: number) => `${x.toFixed(1)} ms`

async function run(engine: string, databaseUrl: string, schema?: string): Promise<void> {
  const { gateway, url, close } = await startGateway(databaseUrl, schema)
  try {
    const db = gateway.db
    console.log(`\n${HOUSEHOLDS.toLocaleString('en')} ballots from ${HOUSEHOLDS.toLocaleString('en')} households — ${engine}, ${CONCURRENCY} in flight`)
    let t0 = performance.now()
    const { compoundId, handles } = await seedHouseholds(db)
    console.log(`  bulk load ${HOUSEHOLDS.toLocaleString('en')} verified OWNER households: ${((performance.now() - t0) / 1000).toFixed(2)} s`)

    // Everyone signs in (through the gateway, the same pool), then the proposal goes to VOTING.
    const signIn = async (handle: string) => (await post<{ signInDev: { token: string } }>(url, 'mutation($h: String!) { signInDev(handle: $h) { token } }', { h: handle })).signInDev.token
    t0 = performance.now()
    const tokens: string[] = new Array<string>(handles.length)
    let next = 0
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < handles.length) {
        const i = next++
        tokens[i] = await signIn(handles[i]!)
      }
    }))
    console.log(`  sign in ${HOUSEHOLDS.toLocaleString('en')} households: ${((performance.now() - t0) / 1000).toFixed(2)} s`)
    const committee = await signIn('committee-zhongwang')
    const author = tokens[0]!
    const input = { compoundId, title: '东门增设路灯', background: '东门晚上太黑,老人出门不方便。', question: '新路灯装在哪个位置?', matter: 'ADVISORY', ballotKind: 'SINGLE', options: OPTIONS.map((label) => ({ label })) }
    const { createProposal: proposal } = await post<{ createProposal: { id: string; options: { id: string; label: string }[] } }>(url, 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id options { id label } } }', { input }, author)
    await post(url, 'mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: proposal.id }, author)
    await post(url, 'mutation($id: ID!) { openDiscussion(id: $id) { stage } }', { id: proposal.id }, committee)
    t0 = performance.now()
    await post(url, 'mutation($id: ID!, $at: DateTime!) { openVoting(id: $id, closesAt: $at) { stage } }', { id: proposal.id, at: new Date(Date.now() + 10 * 60_000).toISOString() }, committee)
    console.log(`  openVoting (inbox for the scope): ${ms(performance.now() - t0)}`)
    const optionIds = proposal.options.map((o) => o.id)
    const labels = new Map(proposal.options.map((o) => [o.id, o.label]))

    // Round 1: a fixed-seed spread, roughly 45/35/20. Round 2: every household moves to another option.
    const rand = random(2026)
    const first = handles.map(() => { const r = rand(); return r < 0.45 ? 0 : r < 0.8 ? 1 : 2 })
    const second = first.map((c, i) => (c + 1 + (i % 2)) % OPTIONS.length)
    const mismatches: string[] = []
    for (const [round, choices] of [['cast', first], ['change', second]] as const) {
      const jobs = choices.map((c, i) => ({ token: tokens[i]!, variables: { p: proposal.id, o: [optionIds[c]!] } }))
      statements.n = 0
      statements.on = true
      const f = await fire(url, VOTE, jobs, CONCURRENCY)
      statements.on = false
      const n = await ballotRows(db, proposal.id)
      const p = await db.selectFrom('proposals').selectAll().where('id', '=', proposal.id).executeTakeFirstOrThrow()
      t0 = performance.now()
      const result = await tallyOf(db, p)
      const tallyMs = performance.now() - t0
      const sent = countSent(optionIds, choices)
      const wrong = [...(n === HOUSEHOLDS ? [] : [`${round}: ${n} ballot rows, expected ${HOUSEHOLDS}`]), ...compare(`${round} tallyOf`, sent, result.votes, labels)]
      mismatches.push(...wrong)
      console.log(`  ${round.padEnd(7)} ${f.rps.toFixed(0).padStart(6)} ballots/s   p50 ${ms(f.p50).padStart(9)}   p99 ${ms(f.p99).padStart(9)}   max ${ms(f.max).padStart(9)}   ${f.failures} failed of ${f.requests} in ${f.seconds.toFixed(2)} s   ballot rows ${n}   ${(statements.n / f.requests).toFixed(1)} statements/ballot   tallyOf ${ms(tallyMs)}`)
      console.log(`          sent ${optionIds.map((id) => `${labels.get(id)} ${sent[id]}`).join(' / ')}; counted ${optionIds.map((id) => result.votes[id] ?? 0).join(' / ')}${wrong.length ? '' : ' (equal)'}`)
      if (f.firstError) console.log(`          first error: ${f.firstError}`)
    }

    // Close: move the closing time into the past (rather than wait for it), close through the API,
    // and check the stored result the residents see.
    await db.updateTable('proposals').set({ voting_closes_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', proposal.id).execute()
    t0 = performance.now()
    await post(url, 'mutation($id: ID!) { closeVoting(id: $id) { stage } }', { id: proposal.id }, committee)
    const closeMs = performance.now() - t0
    const { proposal: closed } = await post<{ proposal: { stage: string; options: { id: string; votes: number | null }[]; result: { participationHouseholds: number } } }>(url, 'query($id: ID!) { proposal(id: $id) { stage options { id votes } result { participationHouseholds } } }', { id: proposal.id }, author)
    const shown = Object.fromEntries(closed.options.map((o) => [o.id, o.votes ?? 0]))
    mismatches.push(...compare('closeVoting', countSent(optionIds, second), shown, labels))
    console.log(`  closeVoting: ${ms(closeMs)} → ${closed.stage}, ${closed.options.map((o) => `${labels.get(o.id)} ${o.votes}`).join(' / ')}, participation ${(closed.result.participationHouseholds * 100).toFixed(1)}% of households in scope`)
    const late = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...CLIENT_HEADERS, authorization: `Bearer ${tokens[1]}` }, body: JSON.stringify({ query: VOTE, variables: { p: proposal.id, o: [optionIds[0]] } }) })
    const lateCode = ((await late.json()) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code
    if (lateCode !== 'CONFLICT') mismatches.push(`a ballot after closing answered ${lateCode ?? 'no error'}, expected CONFLICT`)
    if ((await ballotRows(db, proposal.id)) !== HOUSEHOLDS) mismatches.push('the ballot rows changed after closing')
    console.log(mismatches.length ? `  tally checked: MISMATCH\n${mismatches.map((m) => `    ${m}`).join('\n')}` : '  tally checked: OK')
    if (mismatches.length) process.exitCode = 1
  } finally {
    await close()
  }
}

runOnEngines(run)
