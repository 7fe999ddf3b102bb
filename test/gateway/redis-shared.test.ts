import { Redis } from 'ioredis'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config, LimitKind } from '../../gateway/config'
import { createDatabaseLimiter } from '../../gateway/lib/limiter'
import { createRedisLimiter } from '../../gateway/lib/limiter-redis'
import { VIEWER_CACHE_TTL_MS, createViewerCache } from '../../gateway/modules/accounts/viewer-cache'
import { ENGINES, demoPlaces, startAnotherInstance, startGateway, type TestGateway } from './harness'
import { dropRedisKeys, redisPrefix, testRedis } from './shared-services'

// Two gateway instances on one database, as behind a load balancer. With REDIS_URL they share the
// rate-limit buckets in Redis and hear each other's viewer-cache invalidations at once (pub/sub);
// without it the buckets are shared through the database and a cache lives at most 5 s.

const VIEWER = `{ viewer { id roles { role } } }`
const QUEUE = `{ workbenchIssues(first: 1) { edges { node { id } } } }`
const NOTICES = `{ notices(first: 50) { edges { node { id } } } }`
const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }'
const GRANT = 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }'
const REVOKE = 'mutation($id: ID!) { revokeRole(id: $id) { id } }'
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`
const CLAIM = 'mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }'
const REVIEW = 'mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }'
const LIMITS = { RATE_LIMIT_ISSUES_PER_HOUR: '4' }
const silent = pino({ level: 'silent' })
const everyKind = (rate: { limit: number; periodSeconds: number }) =>
  Object.fromEntries((['signIn', 'upload', 'issue', 'comment', 'claim', 'proposal', 'support'] as LimitKind[]).map((k) => [k, rate])) as Config['rateLimits']
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i))

const redis = await testRedis()
const redisUrl = 'url' in redis ? redis.url : ''

/** Two instances on one database (and, given `env`, one Redis), with the places and an admin. */
function pair(engine: (typeof ENGINES)[number], env: () => Record<string, string>) {
  const s = {} as { a: TestGateway; b: TestGateway; places: Awaited<ReturnType<typeof demoPlaces>>; admin: string }
  beforeAll(async () => {
    s.a = await startGateway(engine, env())
    s.b = await startAnotherInstance(s.a, env())
    s.places = await demoPlaces(s.a)
    s.admin = await s.a.signIn('admin-dongyingpan')
  })
  afterAll(async () => {
    await s.b?.close()
    await s.a?.close()
  })
  return s
}

const issueInput = (places: Awaited<ReturnType<typeof demoPlaces>>, title: string) => ({ category: 'LIGHTING', title, description: '晚上很黑', buildingId: places.building('1号楼').id, isPublic: false })

describe.skipIf(!redisUrl).each(ENGINES)('two instances with Redis on $name', (engine) => {
  const prefix = redisPrefix()
  const s = pair(engine, () => ({ ...LIMITS, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix }))
  afterAll(() => dropRedisKeys(redisUrl, prefix))

  it('shares one issue budget: RATE_LIMITED on either instance after 4 in all, and nothing in the database table', async () => {
    const hasty = await s.a.signIn('resident-two-doors')
    const on = [s.a, s.b, s.a, s.b, s.a, s.b]
    const codes: (string | undefined)[] = []
    for (const [i, t] of on.entries()) codes.push(await t.code(RAISE, { input: issueInput(s.places, `两边报 ${i}`) }, hasty))
    expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED'])
    const error = (await s.b.gql(RAISE, { input: issueInput(s.places, '再报一次') }, hasty)).errors?.[0]
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'issue' })
    expect(Number(error?.extensions?.retryAfterSeconds)).toBeGreaterThan(890) // 4 an hour: a token every 15 minutes
    expect(Number(error?.extensions?.retryAfterSeconds)).toBeLessThanOrEqual(900)

    const hasty_id = (await s.a.ok(VIEWER, {}, hasty)).viewer.id as string
    const client = new Redis(redisUrl)
    expect(await client.keys(`${prefix}rate:issue:*`)).toContain(`${prefix}rate:issue:${hasty_id}`)
    client.disconnect()
    expect(await s.a.gateway.db.selectFrom('rate_buckets').select('key').where('key', 'like', 'issue:%').execute()).toEqual([])
  })

  it('lets exactly the limit through when one person sends 40 at once over both instances', async () => {
    const burst = await s.a.signIn('resident-burst-both')
    const results = await Promise.all(times(40, (i) => (i % 2 ? s.a : s.b).code(RAISE, { input: issueInput(s.places, `齐发 ${i}`) }, burst)))
    expect(results.filter((c) => c === undefined)).toHaveLength(4)
    expect(results.filter((c) => c === 'RATE_LIMITED')).toHaveLength(36)
    expect(await s.a.gateway.db.selectFrom('issues').select('id').where('title', 'like', '齐发 %').execute()).toHaveLength(4)
  })

  it('refuses a role revoked through A on B at once, and applies one granted through A on B at once', async () => {
    const token = await s.a.signIn('grid-on-two')
    const personId = (await s.b.ok(VIEWER, {}, token)).viewer.id
    expect(await s.b.code(QUEUE, {}, token)).toBe('FORBIDDEN') // B now keeps the viewer without roles
    const { grantRole } = await s.a.ok(GRANT, { input: { personId, role: 'GRID_WORKER', scopeId: s.places.building('1号楼').grid.id } }, s.admin)
    expect((await s.b.ok(QUEUE, {}, token)).workbenchIssues.edges).toBeDefined() // B keeps the grid worker now
    await s.a.ok(REVOKE, { id: grantRole.id }, s.admin)
    expect(await s.b.code(QUEUE, {}, token)).toBe('FORBIDDEN')
    expect((await s.b.ok(VIEWER, {}, token)).viewer.roles).toEqual([])
  })

  it('refuses a token signed out through B on A at once', async () => {
    const token = await s.a.signIn('resident-two-tabs')
    expect((await s.a.ok(VIEWER, {}, token)).viewer).not.toBeNull()
    expect((await s.b.ok('mutation { signOut }', {}, token)).signOut).toBe(true)
    expect((await s.a.ok(VIEWER, {}, token)).viewer).toBeNull()
  })

  it('shows a compound-only notice on B as soon as the claim is approved through A', async () => {
    const resident = await s.a.signIn('resident-moving-in-two')
    const { publishNotice: notice } = await s.a.ok(PUBLISH, { input: { communityId: s.places.dongyingpan.id, compoundId: s.places.zhongwang.id, category: 'ANNOUNCEMENT', title: '众望小区车棚清理', body: '<p>只发给众望小区</p>' } }, s.admin)
    const listed = async () => (await s.b.ok(NOTICES, {}, resident)).notices.edges.map((e: any) => e.node.id)
    expect(await listed()).not.toContain(notice.id) // B keeps the visible compounds (none)
    const { claimHousehold: claim } = await s.a.ok(CLAIM, { input: { buildingId: s.places.building('1号楼').id, unit: '2', room: '1702', areaM2: 90 } }, resident)
    await s.a.ok(REVIEW, { id: claim.id }, s.admin)
    expect(await listed()).toContain(notice.id)
  })

  it("drops B's cached public lists as soon as a notice is published through A", async () => {
    const publicIds = async (t: TestGateway) => (await t.ok(NOTICES, {}, null)).notices.edges.map((e: any) => e.node.id)
    const before = await publicIds(s.b)
    const statements = s.b.statements()
    expect(await publicIds(s.b)).toEqual(before)
    expect(s.b.statements()).toBe(statements) // answered from B's response cache
    const { publishNotice: notice } = await s.a.ok(PUBLISH, { input: { communityId: s.places.dongyingpan.id, category: 'ANNOUNCEMENT', title: '全社区停水通知', body: '<p>周六上午停水</p>' } }, s.admin)
    expect(await publicIds(s.b)).toContain(notice.id)
  })

  it('refills the Redis bucket continuously (a token bucket, not a fixed window)', async () => {
    const client = new Redis(redisUrl)
    await client.ping() // ready: a command before that would go to the fallback (which allows 1, not 2)
    const limiter = createRedisLimiter(client, redisPrefix(), everyKind({ limit: 2, periodSeconds: 1 }), createDatabaseLimiter(s.a.gateway.db, everyKind({ limit: 1, periodSeconds: 1 })), silent)
    const take = () => limiter.consume('someone', 'comment').then(() => 'ok', (e: { extensions?: { code?: string } }) => e.extensions?.code)
    expect([await take(), await take(), await take()]).toEqual(['ok', 'ok', 'RATE_LIMITED'])
    await new Promise((r) => setTimeout(r, 600)) // half a period: one token back, where a 1-second window would still refuse
    expect([await take(), await take()]).toEqual(['ok', 'RATE_LIMITED'])
    client.disconnect()
  })
})

describe.each(ENGINES)('two instances without Redis on $name', (engine) => {
  const s = pair(engine, () => LIMITS)

  it('shares one issue budget through the database table', async () => {
    const hasty = await s.a.signIn('resident-two-doors-db')
    const codes: (string | undefined)[] = []
    for (const [i, t] of [s.a, s.b, s.a, s.b, s.a].entries()) codes.push(await t.code(RAISE, { input: issueInput(s.places, `库里报 ${i}`) }, hasty))
    expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED'])
    expect(await s.a.gateway.db.selectFrom('rate_buckets').select('key').where('key', 'like', 'issue:%').execute()).toHaveLength(1)
  })

  it("keeps B's own cached viewer after a revocation through A (no channel between them), for at most 5 s", async () => {
    const token = await s.a.signIn('grid-on-two-db')
    const personId = (await s.b.ok(VIEWER, {}, token)).viewer.id
    const { grantRole } = await s.a.ok(GRANT, { input: { personId, role: 'GRID_WORKER', scopeId: s.places.building('1号楼').grid.id } }, s.admin)
    await s.b.gateway.viewerCache.invalidate(personId) // as if B's entry had just expired
    expect((await s.b.ok(VIEWER, {}, token)).viewer.roles).toEqual([{ role: 'GRID_WORKER' }])
    await s.a.ok(REVOKE, { id: grantRole.id }, s.admin)
    expect(await s.a.code(QUEUE, {}, token)).toBe('FORBIDDEN') // A invalidated its own
    expect((await s.b.ok(VIEWER, {}, token)).viewer.roles).toEqual([{ role: 'GRID_WORKER' }]) // B has not heard
  })

  it("keeps B's public lists after a publication through A, for at most 5 s on PostgreSQL", async () => {
    const publicIds = async (t: TestGateway) => (await t.ok(NOTICES, {}, null)).notices.edges.map((e: any) => e.node.id)
    await publicIds(s.b)
    const { publishNotice: notice } = await s.a.ok(PUBLISH, { input: { communityId: s.places.dongyingpan.id, category: 'ANNOUNCEMENT', title: '全社区停电通知', body: '<p>周日上午停电</p>' } }, s.admin)
    expect(await publicIds(s.a)).toContain(notice.id) // A dropped its own
    expect(await publicIds(s.b)).not.toContain(notice.id) // B has not heard
    expect(s.b.config.responseCacheSeconds).toBe(engine.name === 'postgres' ? 5 : 30)
  })

  it('never keeps a viewer longer than 5 s, whatever lifetime is asked for', async () => {
    let now = 1_000_000
    const cache = createViewerCache(60_000, () => now)
    const viewer = { account: { id: 'acc' }, roles: [], sessionId: 's', facts: new Map() } as never
    let loads = 0
    const load = async () => (loads++, { viewer, sessionExpiresAt: new Date(now + 86_400_000).toISOString() })
    await cache.get('token', load)
    now += VIEWER_CACHE_TTL_MS - 1
    await cache.get('token', load)
    expect(loads).toBe(1)
    now += 2
    await cache.get('token', load)
    expect(loads).toBe(2)
    expect(VIEWER_CACHE_TTL_MS).toBe(5_000)
  })

  it('falls back to the database buckets when Redis does not answer', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, retryStrategy: () => null })
    const rates = everyKind({ limit: 2, periodSeconds: 3600 })
    const limiter = createRedisLimiter(dead, redisPrefix(), rates, createDatabaseLimiter(s.a.gateway.db, rates), silent)
    const take = () => limiter.consume('redis-is-away', 'claim').then(() => 'ok', (e: { extensions?: { code?: string } }) => e.extensions?.code)
    expect([await take(), await take(), await take()]).toEqual(['ok', 'ok', 'RATE_LIMITED'])
    expect(await s.a.gateway.db.selectFrom('rate_buckets').select('key').where('key', '=', 'claim:redis-is-away').execute()).toHaveLength(1)
    dead.disconnect()
  })
})
