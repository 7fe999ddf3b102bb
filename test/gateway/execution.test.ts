import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, startGateway, type TestGateway } from './harness'

// Operations run compiled by graphql-jit: what graphql-js guaranteed must still hold — client
// mistakes coded, unexpected failures masked, values serialised by the schema's scalars.

describe.each(ENGINES)('execution (graphql-jit) on $name', (engine) => {
  let t: TestGateway
  beforeAll(async () => void (t = await startGateway(engine)))
  afterAll(() => t?.close())

  it('codes a variable of the wrong type as the client\'s mistake', async () => {
    const res = await t.gql('query($first: Int) { notices(first: $first) { edges { node { id } } } }', { first: 'twenty' })
    expect(res.data ?? null).toBeNull()
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(await t.code('query($c: NoticeCategory) { notices(category: $c) { edges { node { id } } } }', { c: 'NOT_A_CATEGORY' })).toBe('BAD_USER_INPUT')
  })

  it('serialises scalars and enums as graphql-js did', async () => {
    const { notices } = await t.ok('{ notices(first: 1) { edges { node { category pinned publishedAt readCount } } } }')
    const node = notices.edges[0].node
    expect(node.category).toMatch(/^[A-Z_]+$/)
    expect(typeof node.pinned).toBe('boolean')
    expect(new Date(node.publishedAt).toISOString()).toBe(node.publishedAt)
    expect(Number.isInteger(node.readCount)).toBe(true)
  })

  it('masks an unexpected failure: a code and a friendly message, nothing of the cause', async () => {
    // A table gone behind the gateway's back makes the search fail inside the resolver.
    await sql`drop table notice_terms`.execute(t.gateway.db)
    const res = await t.gql('{ notices(search: "停水") { edges { node { id } } } }')
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR')
    expect(res.errors?.[0]?.message).toBe('服务器开小差了,请稍后再试')
    expect(JSON.stringify(res)).not.toMatch(/notice_terms|sql|stack/i)
  })
})
