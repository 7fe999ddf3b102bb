import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../gateway/config'
import { buildSchema } from '../../gateway/schema'
import { ENGINES, startGateway, type TestGateway } from './harness'
import { operationFor, sample } from './schema-args'

// What a page on another site can make a browser send to /graphql: forms (urlencoded, multipart,
// text/plain), links (GET) and scripted requests from a foreign Origin. None of it may act.

const WITH_AND_WITHOUT_HEADER: Record<string, string>[] = [{}, { 'x-linli-client': 'test' }]
const SIGN_IN = (handle: string) => `mutation { signInDev(handle: "${handle}") { token } }`

describe.each(ENGINES)('requests a cross-site page could send, on $name', (engine) => {
  let t: TestGateway
  let allowing: TestGateway
  beforeAll(async () => {
    t = await startGateway(engine)
    allowing = await startGateway(engine, { LINLI_CORS_ORIGINS: 'https://h5.linli.example, https://admin.linli.example' })
  })
  afterAll(async () => {
    await t?.close()
    await allowing?.close()
  })

  const accountsNamed = async (handle: string) => (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', handle).execute()).length
  const post = (type: string, body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': type, ...headers }, body })

  it.each([
    ['an urlencoded form', 'application/x-www-form-urlencoded', () => new URLSearchParams({ query: SIGN_IN('csrf-form') }).toString(), 'csrf-form'],
    ['a text/plain form', 'text/plain', () => JSON.stringify({ query: SIGN_IN('csrf-text') }), 'csrf-text'],
  ])('does not execute a mutation posted as %s, with the client header or without', async (_name, type, body, handle) => {
    for (const headers of WITH_AND_WITHOUT_HEADER) {
      const res = await post(type, body(), headers)
      expect(res.status).toBe(415)
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })
    }
    expect(await accountsNamed(handle)).toBe(0)
    await t.signIn(handle) // the same mutation as JSON does run: the refusal is about the form
    expect(await accountsNamed(handle)).toBe(1)
  })

  it('does not execute a mutation posted as multipart/form-data', async () => {
    const form = new FormData()
    form.set('operations', JSON.stringify({ query: SIGN_IN('csrf-multipart'), variables: {} }))
    form.set('map', '{}')
    for (const headers of WITH_AND_WITHOUT_HEADER) {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body: form })
      expect(res.status).toBe(415)
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })
    }
    expect(await accountsNamed('csrf-multipart')).toBe(0)
  })

  it('answers a GET only with the client header (a link or <img> cannot set it)', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ ping }')}`
    const bare = await fetch(url)
    expect(bare.status).toBe(403)
    const refused = (await bare.json()) as { errors: { message: string; extensions: { code: string } }[] }
    expect(refused.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } })
    expect(refused.errors[0]!.message).toMatch(/x-linli-client/)
    const named = await fetch(url, { headers: { 'x-linli-client': 'test' } })
    expect(await named.json()).toEqual({ data: { ping: true } })
  })

  it('gives an unknown Origin no CORS allowance, preflight or not', async () => {
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization, x-linli-client' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull()
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull()
    const scripted = await post('application/json', JSON.stringify({ query: '{ ping }' }), { origin: 'https://evil.example', 'x-linli-client': 'h5' })
    expect(scripted.headers.get('access-control-allow-origin')).toBeNull()
    expect(scripted.headers.get('access-control-allow-credentials')).toBeNull()
  })

  it('writes nothing for any anonymous query, whatever the ids asked about', async () => {
    const db = t.gateway.db
    // On PostgreSQL other runs' schemas share the database: only this gateway's own tables count.
    const own = engine.name === 'postgres' ? String((await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s) : undefined
    // (The catalogue is read for this schema alone: Kysely's introspector reads every schema and
    // fails when another run drops one meanwhile.)
    const listed = own
      ? await sql<{ name: string }>`select tablename as name from pg_catalog.pg_tables where schemaname = ${own}`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(db)
    const tables = listed.rows.map((row) => row.name).filter((name) => !name.startsWith('kysely_')).sort()
    expect(tables).toContain('activity_share_links')
    const counts = async () => Object.fromEntries(await Promise.all(tables.map(async (name) => [name, Number((await db.selectFrom(name as 'accounts').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)] as const)))
    const ids = [
      ...(await db.selectFrom('communities').select('id').limit(1).execute()),
      ...(await db.selectFrom('activities').select('id').limit(2).execute()),
      ...(await db.selectFrom('notices').select('id').limit(2).execute()),
      ...(await db.selectFrom('proposals').select('id').limit(2).execute()),
      ...(await db.selectFrom('buildings').select('id').limit(1).execute()),
    ].map((r) => r.id)
    const before = await counts()
    // One call per Query field and real id: every ID argument set to it, everything else valid-shaped.
    const fields = Object.values(buildSchema().getQueryType()!.getFields()) // the schema has a Query type
    let asked = 0
    for (const field of fields) {
      for (const id of ids) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, String(a.type).replace(/!$/, '') === 'ID' ? id : sample(a.type)]))
        const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'test' }, body: JSON.stringify({ query: operationFor('Query', field), variables }) })
        expect(res.status).toBeLessThan(500)
        asked++
      }
    }
    expect(asked).toBeGreaterThan(50)
    expect(await counts()).toEqual(before)
  })

  it('allows exactly the configured origins (LINLI_CORS_ORIGINS), without credentials', async () => {
    const preflight = (origin: string) =>
      fetch(`${allowing.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-linli-client' } })
    const allowed = await preflight('https://admin.linli.example')
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.linli.example')
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-linli-client/)
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull()
    expect(allowed.headers.get('vary')).toMatch(/Origin/i)
    for (const other of ['https://evil.example', 'https://h5.linli.example.evil.example', 'null']) {
      expect((await preflight(other)).headers.get('access-control-allow-origin')).toBeNull()
    }
  })
})

describe('LINLI_CORS_ORIGINS', () => {
  it('defaults to no origin and refuses a value that is not a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([])
    expect(loadConfig({ LINLI_CORS_ORIGINS: 'https://a.example,http://127.0.0.1:10086' }).corsOrigins).toEqual(['https://a.example', 'http://127.0.0.1:10086'])
    expect(() => loadConfig({ LINLI_CORS_ORIGINS: 'https://a.example/path' })).toThrow(ConfigError)
    expect(() => loadConfig({ LINLI_CORS_ORIGINS: '*' })).toThrow(/LINLI_CORS_ORIGINS/)
  })
})
