import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../../gateway/lib/ids'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The viewer (session, roles, visible compounds) is looked up once and kept a few seconds; every
// change to who someone is or what they may see must show on their very next request.

const VIEWER = `{ viewer { id roles { role } } }`
const QUEUE = `{ workbenchIssues(first: 1) { edges { node { id } } } }`
const NOTICES = `{ notices(first: 50) { edges { node { id } } } }`
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }`

describe.each(ENGINES)('the viewer cache on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  it('looks the viewer up once, then answers from memory', async () => {
    const token = await t.signIn('resident-cached')
    const before = t.statements()
    await t.ok(VIEWER, {}, token)
    const first = t.statements() - before
    expect(first).toBeGreaterThanOrEqual(2) // the session with its account, and the roles
    const again = t.statements()
    await t.ok(VIEWER, {}, token)
    expect(t.statements() - again).toBe(first - 2)
  })

  it('refuses a signed-out token on the very next request', async () => {
    const token = await t.signIn('resident-leaving')
    expect((await t.ok(VIEWER, {}, token)).viewer).not.toBeNull()
    expect((await t.ok('mutation { signOut }', {}, token)).signOut).toBe(true)
    expect((await t.ok(VIEWER, {}, token)).viewer).toBeNull()
    expect(await t.code('mutation { markNoticeRead(id: "x") { id } }', {}, token)).toBe('UNAUTHENTICATED')
  })

  it('applies a granted and a revoked role on the very next request', async () => {
    const token = await t.signIn('grid-newcomer')
    const personId = (await t.ok(VIEWER, {}, token)).viewer.id
    expect(await t.code(QUEUE, {}, token)).toBe('FORBIDDEN') // and the viewer without roles is now cached
    const { grantRole } = await t.ok('mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }', { input: { personId, role: 'GRID_WORKER', scopeId: places.building('1号楼').grid.id } }, admin)
    expect((await t.ok(QUEUE, {}, token)).workbenchIssues.edges).toBeDefined()
    await t.ok('mutation($id: ID!) { revokeRole(id: $id) { id } }', { id: grantRole.id }, admin)
    expect(await t.code(QUEUE, {}, token)).toBe('FORBIDDEN')
    expect((await t.ok(VIEWER, {}, token)).viewer.roles).toEqual([])
  })

  it('shows a compound-only notice as soon as the claim on a home there is approved', async () => {
    const resident = await t.signIn('resident-moving-in')
    const { publishNotice: notice } = await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, compoundId: places.zhongwang.id, category: 'ANNOUNCEMENT', title: '众望小区停车位调整', body: '<p>只发给众望小区</p>' } }, admin)
    const listed = async () => (await t.ok(NOTICES, {}, resident)).notices.edges.map((e: any) => e.node.id)
    expect(await listed()).not.toContain(notice.id) // the visible compounds (none) are now cached
    const { claimHousehold: claim } = await t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: places.building('1号楼').id, unit: '2', room: '1802', areaM2: 90 } }, resident)
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }', { id: claim.id }, admin)
    expect(await listed()).toContain(notice.id)
  })

  it('refuses the token of a deleted account at once', async () => {
    const token = await t.signIn('resident-deleting')
    expect((await t.ok(VIEWER, {}, token)).viewer).not.toBeNull()
    expect((await t.ok('mutation { deleteMyAccount }', {}, token)).deleteMyAccount).toBe(true)
    expect((await t.ok(VIEWER, {}, token)).viewer).toBeNull()
  })
})

describe.each(ENGINES)('the viewer cache lifetime on $name', (engine) => {
  let t: TestGateway
  beforeAll(async () => void (t = await startGateway(engine, {}, { viewerCacheTtlMs: 300 })))
  afterAll(() => t?.close())

  it('reads a change made behind the gateway\'s back once the lifetime has passed', async () => {
    const token = await t.signIn('steward-behind-the-back')
    const { viewer } = await t.ok(VIEWER, {}, token)
    const compound = await t.gateway.db.selectFrom('compounds').select(['id', 'community_id']).executeTakeFirstOrThrow()
    await t.gateway.db
      .insertInto('role_assignments')
      .values({ id: newId(), account_id: viewer.id, role: 'STEWARD', scope_kind: 'compound', scope_id: compound.id, community_id: compound.community_id, granted_by: null, created_at: new Date().toISOString() })
      .execute()
    expect((await t.ok(VIEWER, {}, token)).viewer.roles).toEqual([]) // still the cached viewer
    await new Promise((r) => setTimeout(r, 350))
    expect((await t.ok(VIEWER, {}, token)).viewer.roles).toEqual([{ role: 'STEWARD' }])
  })
})
