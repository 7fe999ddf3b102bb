import type { GraphQLResolveInfo } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_MAX_ITEMS, applyInputRules } from '../../gateway/lib/input-rules'
import { buildSchema } from '../../gateway/schema'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { argumentSpots, argumentsWith, badLeaf, describeSpot, operationFor } from './schema-args'

// Client mistakes in arguments are BAD_USER_INPUT with a Chinese message on both engines alike,
// never a 5xx or INTERNAL_SERVER_ERROR: wrong types, unknown fields, control characters, lists
// past the engine's parameter limit, huge searches — for every argument of the schema.

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id title description } }'
const CHINESE = /[\u4e00-\u9fff]/
const OVER_PARAMETER_LIMIT = 70_000 // SQLite allows 32,766 bound parameters, PostgreSQL 65,535

describe.each(ENGINES)('client mistakes in arguments on $name', (engine) => {
  let t: TestGateway
  let resident: string
  let admin: string
  let places: Awaited<ReturnType<typeof demoPlaces>>
  const issue = (overrides: Record<string, unknown>) => ({ input: { category: 'LIGHTING', title: '路灯不亮', description: '晚上很黑', buildingId: places.building('1号楼').id, isPublic: false, ...overrides } })
  const refusal = async (query: string, variables: Record<string, unknown>, token: string | null) => {
    const result = await t.gql(query, variables, token)
    expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe('BAD_USER_INPUT')
    expect(result.errors![0]!.message).toMatch(CHINESE)
    return result
  }

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, admin] = await Promise.all(['resident-changbaoe', 'admin-dongyingpan'].map((h) => t.signIn(h)))
  })
  afterAll(() => t?.close())

  it('answers a variable of the wrong type or with an unknown field (__proto__ too) with BAD_USER_INPUT', async () => {
    await refusal('query($f: Int) { notices(first: $f) { edges { cursor } } }', { f: 'twenty' }, null)
    await refusal('query($f: Int) { notices(first: $f) { edges { cursor } } }', { f: 2 ** 40 }, null)
    await refusal(RAISE, { input: { ...issue({}).input, colour: 'red' } }, resident)
    const proto = await refusal(RAISE, JSON.parse(`{"input":${JSON.stringify(issue({}).input).replace('{', '{"__proto__":{"isAdmin":true},')}}`) as Record<string, unknown>, resident)
    expect(proto.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true)
    await refusal('query($s: [IssueStatus!]) { issues(filter: { status: $s }) { edges { cursor } } }', { s: ['CLOSED_FOREVER'] }, resident)
    // The same mistakes written into the query itself are refused by validation, also in Chinese.
    await refusal('mutation { raiseIssue(input: { __proto__: 1, category: LIGHTING, title: "a", description: "b", buildingId: "x", isPublic: true }) { id } }', {}, resident)
    await refusal('{ notices(first: "twenty") { edges { cursor } } }', {}, null)
  })

  it('refuses NUL and other control characters in any text, alike on both engines; tab and newline pass', async () => {
    for (const bad of ['路灯\u0000不亮', '路灯\u0007', '\u001b[31m红字', '删除\u007f', '\u0085下一行']) {
      await refusal(RAISE, issue({ title: bad }), resident)
      await refusal(RAISE, issue({ description: bad }), resident)
    }
    await refusal('mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName } }', { i: { nickname: '阿\u0000姨' } }, resident)
    const fine = (await t.ok(RAISE, issue({ description: '第一行\n第二行\r\n\t缩进' }), resident)).raiseIssue
    expect(fine.description).toBe('第一行\n第二行\r\n\t缩进')
  })

  it('refuses lists longer than their limit, even past the engine parameter limit', async () => {
    const ids = Array.from({ length: OVER_PARAMETER_LIMIT }, (_, i) => `inbox-${i}`)
    await refusal('mutation($ids: [ID!]!) { markInboxRead(ids: $ids) }', { ids }, resident)
    const statuses = Array.from({ length: OVER_PARAMETER_LIMIT }, () => 'SUBMITTED')
    await refusal('query($s: [IssueStatus!]) { issues(filter: { status: $s }) { edges { cursor } } }', { s: statuses }, resident)
    await refusal('query($s: [IssueStatus!]) { workbenchIssues(filter: { status: $s }) { edges { cursor } } }', { s: statuses }, admin)
    await refusal('query($c: [IssueCategory!]) { issues(filter: { category: $c }) { edges { cursor } } }', { c: Array.from({ length: DEFAULT_MAX_ITEMS + 1 }, () => 'LIGHTING') }, resident)
    expect((await t.ok('mutation($ids: [ID!]!) { markInboxRead(ids: $ids) }', { ids: ids.slice(0, DEFAULT_MAX_ITEMS) }, resident)).markInboxRead).toBe(0)
  })

  it('refuses a 100 KB search, and searches with a short one', async () => {
    const SEARCH = 'query($c: ID!, $s: String) { peopleInScope(communityId: $c, search: $s) { displayName } }'
    await refusal(SEARCH, { c: places.dongyingpan.id, s: '张'.repeat(100_000) }, admin)
    await refusal('query($s: String) { notices(search: $s) { edges { cursor } } }', { s: 'a'.repeat(100_000) }, null)
    expect((await t.ok(SEARCH, { c: places.dongyingpan.id, s: '常' }, admin)).peopleInScope.map((p: { displayName: string }) => p.displayName)).toContain('常阿姨')
  })

  it('refuses bidi controls and strips zero-width characters (an emoji keeps its joiner)', async () => {
    await refusal(RAISE, issue({ title: '路灯\u202Egpj.exe' }), resident)
    await refusal(RAISE, issue({ title: '\u2066路灯\u2069' }), resident)
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'
    const stored = (await t.ok(RAISE, issue({ title: `路\u200B灯\uFEFF不\u200D亮${family}\u2060` }), resident)).raiseIssue
    expect(stored.title).toBe(`路灯不亮${family}`)
  })

  it('counts an emoji as one character against every length limit', async () => {
    const PROFILE = 'mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { displayName } }'
    expect((await t.ok(PROFILE, { i: { nickname: '😀'.repeat(20) } }, resident)).updateProfile.displayName).toBe('😀'.repeat(20))
    await refusal(PROFILE, { i: { nickname: '😀'.repeat(21) } }, resident)
    expect((await t.ok(RAISE, issue({ title: '💡'.repeat(40) }), resident)).raiseIssue.title).toBe('💡'.repeat(40))
    await refusal(RAISE, issue({ title: '💡'.repeat(41) }), resident)
    await t.ok(PROFILE, { i: { nickname: '常阿姨' } }, resident)
  })

  it('suggests enum values outside production only ("Did you mean …" names the schema to whoever guesses)', async () => {
    // Arbitrary operations allowed: what is judged is the answer to a mistaken one, not the allow-list.
    const prod = await startGateway(engine, { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!', ALLOW_ARBITRARY_OPERATIONS: 'true' })
    try {
      const LITERAL = '{ issues(filter: { status: [ACCEPTD] }) { edges { cursor } } }'
      const VARIABLE = ['query($s: [IssueStatus!]) { issues(filter: { status: $s }) { edges { cursor } } }', { s: ['ACCEPTD'] }] as const
      expect((await t.gql(LITERAL)).errors?.[0]?.message).toMatch(/Did you mean the enum value "ACCEPTED"/)
      for (const result of [await prod.gql(LITERAL), await prod.gql(...VARIABLE), await prod.gql('{ notices(category: INTEGRITY_CULTUR) { edges { cursor } } }')]) {
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
        expect(JSON.stringify(result.errors)).not.toMatch(/Did you mean|ACCEPTED|INTEGRITY_CULTURE\b/)
      }
    } finally {
      await prod.close()
    }
  })

  it('answers every text and list argument of the schema holding a NUL or too many items with BAD_USER_INPUT, never a 5xx', async () => {
    const spots = argumentSpots(buildSchema()).filter((s) => s.typeName === 'Query' || s.typeName === 'Mutation')
    expect(spots.length).toBeGreaterThan(100)
    const failures: string[] = []
    for (const spot of spots) {
      const variables = argumentsWith(spot, badLeaf(spot, OVER_PARAMETER_LIMIT))
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'test', authorization: `Bearer ${admin}` }, body: JSON.stringify({ query: operationFor(spot.typeName, spot.field), variables }) })
      const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }
      const codes = (body.errors ?? []).map((e) => e.extensions?.code)
      if (res.status >= 500 || !codes.length || codes.some((c) => c !== 'BAD_USER_INPUT')) failures.push(`${describeSpot(spot)}: ${res.status} ${JSON.stringify(body.errors ?? body)}`)
    }
    expect(failures).toEqual([])
  }, 120_000)
})

describe('the input rules on every field of the schema (nested ones too)', () => {
  const schema = applyInputRules(buildSchema())
  it.each([['a NUL in any text', 'text'], ['too many items in any list', 'list']] as const)('refuse %s with BAD_USER_INPUT before the resolver runs', (_name, kind) => {
    const spots = argumentSpots(schema).filter((s) => s.kind === kind)
    expect(spots.length).toBeGreaterThan(kind === 'text' ? 150 : 20)
    const escaped: string[] = []
    for (const spot of spots) {
      try {
        // An empty info is enough: the rules throw before the field's own resolver could read it.
        const result: unknown = spot.field.resolve!({}, argumentsWith(spot, badLeaf(spot, DEFAULT_MAX_ITEMS + 1)), {}, {} as GraphQLResolveInfo)
        void Promise.resolve(result).catch(() => undefined) // it escaped the rules: what it does next does not matter
        escaped.push(`${describeSpot(spot)}: reached the resolver`)
      } catch (error) {
        const code = (error as { extensions?: { code?: unknown } }).extensions?.code // a GraphQLError, or the test records it
        if (code !== 'BAD_USER_INPUT') escaped.push(`${describeSpot(spot)}: ${String(error)}`)
      }
    }
    expect(escaped).toEqual([])
  })
})
