import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { releaseManifest } from '../../scripts/release-manifest'
import { ENGINES, startGateway, type GqlResult, type TestGateway } from './harness'

// Persisted operations over real HTTP: the app sends a hash from the manifest codegen wrote
// (src/graphql/generated/persisted-documents.json) and the gateway runs that text; in production
// nothing else runs, and every released manifest (gateway/persisted/) stays served.

const ROOT = path.resolve(__dirname, '../..')
const current = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/graphql/generated/persisted-documents.json'), 'utf8')) as Record<string, string>

function hashOf(start: string): string {
  const hash = Object.keys(current).find((h) => current[h].startsWith(start))
  if (!hash) throw new Error(`no operation starting with ${start} in the manifest`)
  return hash
}

const HOME_COMMUNITY = hashOf('query HomeCommunity ')
const SIGN_IN_DEV = hashOf('mutation SignInDev(')
const UNKNOWN = 'f'.repeat(64)
const CHINESE = /[\u4e00-\u9fff]/

// An operation an older release of the app sent and the current one no longer has.
const OLD_TEXT = 'query OldCommunityNames { communities { __typename id name } }'
const OLD_HASH = createHash('sha256').update(OLD_TEXT).digest('hex')

const extensions = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } })
const HEADERS = { 'content-type': 'application/json', 'x-linli-client': 'h5' }

async function getByHash(t: TestGateway, hash: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GqlResult }> {
  const params = new URLSearchParams({ extensions: JSON.stringify(extensions(hash)) })
  if (variables) params.set('variables', JSON.stringify(variables))
  const res = await fetch(`${t.url}/graphql?${params}`, { headers: HEADERS })
  return { status: res.status, body: (await res.json()) as GqlResult }
}

async function postByHash(t: TestGateway, hash: string, variables?: Record<string, unknown>): Promise<GqlResult> {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ extensions: extensions(hash), variables }) })
  return (await res.json()) as GqlResult
}

describe('released manifests (gateway/persisted)', () => {
  it('each is a map of sha256(text) → text, as codegen writes them', () => {
    const dir = path.join(ROOT, 'gateway/persisted')
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>
      for (const [hash, text] of Object.entries(manifest)) expect(createHash('sha256').update(text).digest('hex'), `${file}: ${text.slice(0, 40)}`).toBe(hash)
    }
  })

  it('npm run release:manifest adds the version once and refuses to change a released one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-persisted-'))
    const manifest = path.join(dir, 'current.json')
    fs.writeFileSync(manifest, JSON.stringify({ [OLD_HASH]: OLD_TEXT }))
    const released = path.join(dir, 'released')
    expect(releaseManifest({ version: '1.2.0', current: manifest, dir: released })).toMatchObject({ status: 'added', operations: 1 })
    expect(fs.readFileSync(path.join(released, '1.2.0.json'), 'utf8')).toBe(fs.readFileSync(manifest, 'utf8'))
    expect(releaseManifest({ version: '1.2.0', current: manifest, dir: released }).status).toBe('unchanged')
    fs.writeFileSync(manifest, JSON.stringify({ [HOME_COMMUNITY]: current[HOME_COMMUNITY] }))
    expect(() => releaseManifest({ version: '1.2.0', current: manifest, dir: released })).toThrow(/raise the version/)
    expect(() => releaseManifest({ version: 'next', current: manifest, dir: released })).toThrow(/not a release version/)
  })
})

describe.each(ENGINES)('persisted operations ($name)', (engine) => {
  describe('in development', () => {
    let t: TestGateway
    beforeAll(async () => void (t = await startGateway(engine)))
    afterAll(() => t?.close())

    it('a query from the manifest runs by its hash, by GET and by POST, as its text does', async () => {
      const byText = await t.ok(current[HOME_COMMUNITY])
      expect(byText.communities.length).toBeGreaterThan(0)
      const got = await getByHash(t, HOME_COMMUNITY)
      expect(got.status).toBe(200)
      expect(got.body.errors).toBeUndefined()
      expect(got.body.data).toEqual(byText)
      const posted = await postByHash(t, HOME_COMMUNITY)
      expect(posted.errors).toBeUndefined()
      expect(posted.data).toEqual(byText)
    })

    it('a mutation runs by its hash by POST, with its variables; never by GET', async () => {
      const posted = await postByHash(t, SIGN_IN_DEV, { handle: 'resident-persisted', name: '持久化' })
      expect(posted.errors).toBeUndefined()
      expect(posted.data?.signInDev.viewer.displayName).toBe('持久化')
      const got = await getByHash(t, SIGN_IN_DEV, { handle: 'resident-persisted' })
      expect(got.status).toBe(405)
      expect(got.body.data ?? null).toBeNull()
    })

    it('an unknown hash is NOT_FOUND with a Chinese message, by GET and by POST', async () => {
      for (const result of [(await getByHash(t, UNKNOWN)).body, await postByHash(t, UNKNOWN)]) {
        expect(result.data ?? null).toBeNull()
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' })
        expect(result.errors?.[0]?.message).toMatch(CHINESE)
      }
    })

    it('takes an arbitrary operation too (GraphiQL, tests)', async () => {
      expect((await t.ok('{ communities { id } }')).communities.length).toBeGreaterThan(0)
    })
  })

  describe('in production', () => {
    let prod: TestGateway
    let releasedDir: string
    beforeAll(async () => {
      releasedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-released-'))
      fs.writeFileSync(path.join(releasedDir, '0.0.9.json'), JSON.stringify({ [OLD_HASH]: OLD_TEXT }))
      prod = await startGateway(engine, { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!', PERSISTED_OPERATIONS_DIR: releasedDir })
    })
    afterAll(() => prod?.close())

    it('refuses an arbitrary operation: FORBIDDEN, in Chinese, nothing run', async () => {
      const result = await prod.gql('{ communities { id } }')
      expect(result.data ?? null).toBeNull()
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSISTED_QUERY_ONLY' })
      expect(result.errors?.[0]?.message).toMatch(CHINESE)
    })

    it("runs the current app's operations by hash", async () => {
      const got = await getByHash(prod, HOME_COMMUNITY)
      expect(got.body.errors).toBeUndefined()
      expect(got.body.data?.communities.length).toBeGreaterThan(0)
    })

    it("still runs an older release's operation that the current app no longer sends", async () => {
      expect(current[OLD_HASH]).toBeUndefined()
      const got = await getByHash(prod, OLD_HASH)
      expect(got.body.errors).toBeUndefined()
      expect(got.body.data?.communities.map((c: { name: string }) => c.name).length).toBeGreaterThan(0)
    })

    it('a request with neither text nor hash is BAD_USER_INPUT', async () => {
      const res = await fetch(`${prod.url}/graphql`, { method: 'POST', headers: HEADERS, body: JSON.stringify({ variables: {} }) })
      const result = (await res.json()) as GqlResult
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(result.errors?.[0]?.message).toMatch(CHINESE)
    })
  })
})
