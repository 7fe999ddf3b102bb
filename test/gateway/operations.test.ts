import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, startGateway, type TestGateway } from './harness'

// The gateway as operators run it (a process started by `npm run gateway`), and the limits every
// operation gets, in process on each engine.

const ROOT = path.resolve(__dirname, '../..')

interface Run { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> }

/** Starts gateway/main.ts under tsx with only the given configuration (none inherited from the test run). */
function runGateway(env: Record<string, string>): Run {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(PORT|HOST|DATABASE_URL|LINLI_|MEDIA_|WECHAT_|NODE_ENV|LOG_LEVEL|TEST_DATABASE_URL|VITEST)/.test(k)))
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/main.ts'], {
    cwd: ROOT,
    env: { ...inherited, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', OUTBOX_INTERVAL_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d) => (stdout += String(d)))
  child.stderr!.on('data', (d) => (stderr += String(d)))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

/** The URL the process prints once it listens. */
async function listening(run: Run, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const match = run.stdout().match(/listening on (http:\/\/[\d.]+:\d+)/)
    if (match) return match[1]!
    if (run.child.exitCode !== null) throw new Error(`gateway exited with ${run.child.exitCode}: ${run.stderr()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`gateway did not print its address in ${timeoutMs} ms; stderr: ${run.stderr()}`)
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))])

const communities = async (url: string) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'test' }, body: JSON.stringify({ query: '{ communities { name } }' }) })
  return ((await res.json()) as { data: { communities: { name: string }[] } }).data.communities
}

describe('the gateway process (SQLite)', () => {
  let dir: string
  const running: Run[] = []
  beforeAll(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-ops-'))))
  afterAll(() => {
    for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  })
  const start = (env: Record<string, string>) => {
    const run = runGateway({ MEDIA_DIR: path.join(dir, 'media'), ...env })
    running.push(run)
    return run
  }

  it('starts on the given SQLite file with demo data, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const file = path.join(dir, 'x.db')
    const run = start({ DATABASE_URL: `file:${file}` })
    const url = await listening(run)
    const health = await fetch(`${url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: 'ok', engine: 'sqlite' })
    expect(fs.existsSync(file)).toBe(true)
    expect((await communities(url)).length).toBe(7)
    run.child.kill('SIGTERM')
    expect(await within(run.exited, 5000)).toBe(0)
  })

  it('starts empty with LINLI_SEED=none', async () => {
    const run = start({ DATABASE_URL: `file:${path.join(dir, 'empty.db')}`, LINLI_SEED: 'none' })
    expect(await communities(await listening(run))).toEqual([])
    run.child.kill('SIGTERM')
    expect(await within(run.exited, 5000)).toBe(0)
  })

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['MEDIA_SIGNING_SECRET', { NODE_ENV: 'production' }],
  ])('refuses a bad %s with exit code 1 and a message naming it', async (name, env) => {
    const run = start({ DATABASE_URL: `file:${path.join(dir, 'bad.db')}`, ...env })
    expect(await within(run.exited, 15_000)).toBe(1)
    expect(run.stderr()).toContain(name)
    expect(run.stdout()).not.toMatch(/listening/)
  })
})

/** communities → compounds → buildings → compound → buildings → … → id: `levels` fields deep. */
const deep = (levels: number) => {
  const names = ['communities', 'compounds', ...Array.from({ length: levels - 3 }, (_, i) => (i % 2 ? 'compound' : 'buildings')), 'id']
  return `{ ${names.join(' { ')}${' }'.repeat(names.length)}`
}
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ping`).join(' ')} }`
const TYPO = '{ notice(id: "x") { titel } }'

describe.each(ENGINES)('operation limits on $name', (engine) => {
  let t: TestGateway
  beforeAll(async () => void (t = await startGateway(engine)))
  afterAll(() => t?.close())

  it('refuses page sizes outside 1..100 with BAD_USER_INPUT', async () => {
    expect(await t.code('{ notices(first: 0) { edges { cursor } } }')).toBe('BAD_USER_INPUT')
    expect(await t.code('{ notices(first: 101) { edges { cursor } } }')).toBe('BAD_USER_INPUT')
    expect((await t.ok('{ notices(first: 100) { edges { cursor } } }')).notices.edges.length).toBeGreaterThan(0)
  })

  it('refuses a query deeper than 10 levels with BAD_USER_INPUT', async () => {
    const result = await t.gql(deep(12))
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.data ?? null).toBeNull()
    expect((await t.ok(deep(8))).communities.length).toBe(7)
  })

  it('refuses a query with 20 aliases, and allows a few', async () => {
    const result = await t.gql(aliases(20))
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.data ?? null).toBeNull()
    expect(await t.ok(aliases(5))).toMatchObject({ a0: true, a4: true })
  })

  it('refuses HTTP batching (a JSON array body)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linli-client': 'test' },
      body: JSON.stringify([{ query: '{ ping }' }, { query: '{ ping }' }]),
    })
    const body = (await res.json()) as unknown
    expect(res.status).toBe(400)
    expect(Array.isArray(body)).toBe(false)
    expect(body).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })
  })

  it('suggests field names outside production', async () => {
    expect((await t.gql(TYPO)).errors?.[0]?.message).toMatch(/Did you mean/)
  })

  describe('in production', () => {
    let prod: TestGateway
    // Arbitrary operations let these checks reach the hardening they test (production refuses them
    // before that: test/gateway/persisted-operations.test.ts).
    beforeAll(async () => void (prod = await startGateway(engine, { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!', ALLOW_ARBITRARY_OPERATIONS: '1' })))
    afterAll(() => prod?.close())

    it('refuses signInDev with FORBIDDEN', async () => {
      expect(await prod.code('mutation { signInDev(handle: "admin-dongyingpan") { token } }')).toBe('FORBIDDEN')
    })

    it('refuses introspection', async () => {
      const result = await prod.gql('{ __schema { types { name } } }')
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(result.data?.__schema ?? null).toBeNull()
      expect((await t.ok('{ __schema { types { name } } }')).__schema.types.length).toBeGreaterThan(0) // open outside production
    })

    it('gives no field suggestions', async () => {
      const result = await prod.gql(TYPO)
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|title/)
    })

    it('does not serve GraphiQL', async () => {
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html', 'x-linli-client': 'test' } })
      expect(await page.text()).not.toMatch(/graphiql/i)
      const dev = await fetch(`${t.url}/graphql`, { headers: { accept: 'text/html', 'x-linli-client': 'test' } })
      expect(await dev.text()).toMatch(/graphiql/i)
    })
  })
})
