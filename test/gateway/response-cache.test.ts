import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../gateway/config'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Signed-out public lists are answered from memory until a write changes them; nothing a signed-in
// viewer asks is ever cached.

const NOTICES = `{ notices(first: 20) { edges { node { id title readCount acknowledgedCount viewerHasRead cover { url } } } } }`
const ACTIVITIES = `query($c: ID!) { activities(filter: { communityId: $c }, first: 20) { edges { node { id title seatsLeft } } } }`
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('the response cache on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  /** The answer and the SQL statements it cost. */
  const measured = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const before = t.statements()
    const data = await t.ok(query, variables, token)
    return { data, statements: t.statements() - before }
  }

  it('serves a signed-out notices list from memory until a notice is published', async () => {
    const first = await measured(NOTICES)
    expect(first.statements).toBeGreaterThan(0)
    const again = await measured(NOTICES)
    expect(again.statements).toBe(0)
    expect(again.data).toEqual(first.data)
    const { publishNotice } = await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'ANNOUNCEMENT', title: '缓存之后发布的公告', body: '<p>新公告</p>', pinned: true } }, admin)
    const after = await measured(NOTICES)
    expect(after.statements).toBeGreaterThan(0)
    // Pinned, it comes right after the pinned integrity-culture notices (which always lead the list).
    expect(after.data.notices.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(publishNotice.id)
  })

  it('drops the cached counts when a resident reads a notice', async () => {
    const listed = (await measured(NOTICES)).data.notices.edges.map((e: any) => e.node)
    expect((await measured(NOTICES)).statements).toBe(0)
    const resident = await t.signIn('resident-reading-cached')
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: listed[0].id }, resident)
    const after = await measured(NOTICES)
    expect(after.statements).toBeGreaterThan(0)
    expect(after.data.notices.edges[0].node.readCount).toBe(listed[0].readCount + 1)
  })

  it('never caches a signed-in list, so the viewer\'s own marks are always theirs', async () => {
    const resident = await t.signIn('resident-never-cached')
    const mine = await measured(NOTICES, {}, resident)
    const again = await measured(NOTICES, {}, resident)
    expect(again.statements).toBeGreaterThan(0)
    const id = mine.data.notices.edges[1].node.id
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id }, resident)
    const marked = (await t.ok(NOTICES, {}, resident)).notices.edges.find((e: any) => e.node.id === id).node
    expect(marked.viewerHasRead).toBe(true)
    // …and a signed-out answer cached meanwhile never carries it.
    await t.ok(NOTICES)
    expect((await t.ok(NOTICES)).notices.edges.every((e: any) => e.node.viewerHasRead === false)).toBe(true)
  })

  it('serves the signed-out activities list from memory until a registration changes the seats', async () => {
    const input = { communityId: places.dongyingpan.id, kind: 'VISIT', title: '缓存里的参观', description: '参观', venue: '门口', startsAt: hours(50), endsAt: hours(51), signUpDeadline: hours(49), capacity: 5, maxPartySize: 1, eligibility: 'ANYONE', waitlist: false, needsApproval: false }
    const id = (await t.ok('mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input }, admin)).createActivity.id
    await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id }, admin)
    const seats = (data: any) => data.activities.edges.find((e: any) => e.node.id === id)?.node.seatsLeft
    const vars = { c: places.dongyingpan.id }
    expect(seats((await measured(ACTIVITIES, vars)).data)).toBe(5)
    expect((await measured(ACTIVITIES, vars)).statements).toBe(0)
    await t.ok('mutation($a: ID!) { register(activityId: $a, partySize: 1) { id } }', { a: id }, await t.signIn('resident-registering-cached'))
    const after = await measured(ACTIVITIES, vars)
    expect(after.statements).toBeGreaterThan(0)
    expect(seats(after.data)).toBe(4)
  })

  it('keys persisted operations by their text: two signed-out operations never share an answer', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../src/graphql/generated/persisted-documents.json'), 'utf8')) as Record<string, string>
    // A document's fragments may come before its operation in the manifest's text.
    const hashOf = (start: string) => Object.keys(manifest).find((h) => manifest[h]!.startsWith(start) || manifest[h]!.includes(`} ${start}`))!
    const byHash = async (start: string) => {
      const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashOf(start) } }) })
      const before = t.statements()
      const res = await fetch(`${t.url}/graphql?${params}`, { headers: { 'x-linli-client': 'h5' } })
      const body = (await res.json()) as { data: Record<string, unknown> }
      return { keys: Object.keys(body.data), statements: t.statements() - before }
    }
    expect((await byHash('query NoticesList(')).keys).toEqual(['notices'])
    expect(await byHash('query NoticesList(')).toEqual({ keys: ['notices'], statements: 0 })
    expect((await byHash('query ClaimPlaces ')).keys).toEqual(['communities'])
    expect(await byHash('query ClaimPlaces ')).toEqual({ keys: ['communities'], statements: 0 })
  })
})

describe('the response cache lifetime', () => {
  it('stays below half a signed media URL\'s lifetime, and 0 turns it off', () => {
    expect(loadConfig({}).responseCacheSeconds).toBe(30)
    expect(loadConfig({ MEDIA_URL_TTL_SECONDS: '20' }).responseCacheSeconds).toBe(10)
    expect(loadConfig({ RESPONSE_CACHE_SECONDS: '0' }).responseCacheSeconds).toBe(0)
  })

  it('is off with RESPONSE_CACHE_SECONDS=0', async () => {
    const t = await startGateway(ENGINES[0]!, { RESPONSE_CACHE_SECONDS: '0' })
    try {
      await t.ok(NOTICES)
      const before = t.statements()
      await t.ok(NOTICES)
      expect(t.statements() - before).toBeGreaterThan(0)
    } finally {
      await t.close()
    }
  })
})
