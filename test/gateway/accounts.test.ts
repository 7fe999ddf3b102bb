import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const CLAIM = `mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id status unit room areaM2 relation building { name } } }`
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $note: String) { reviewHouseholdClaim(id: $id, approve: $approve, note: $note) { id status note reviewedAt } }`
const VIEWER = `{ viewer { id displayName isStaff roles { role scopeName } households { unit room relation areaM2 building { name compound { name } } } claims { status } unreadCount } }`

describe.each(ENGINES)('accounts on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
  })
  afterAll(() => t?.close())

  it('signs in by handle, creates the account once, and reads the viewer', async () => {
    expect((await t.ok(VIEWER)).viewer).toBeNull()
    const token = await t.signIn('resident-newcomer', '新邻居')
    const again = await t.signIn('resident-newcomer')
    expect(again).not.toBe(token)
    const { viewer } = await t.ok(VIEWER, {}, token)
    expect(viewer).toMatchObject({ displayName: '新邻居', isStaff: false, roles: [], households: [], claims: [] })
    expect((await t.ok(VIEWER, {}, again)).viewer.id).toBe(viewer.id)
  })

  it('refuses malformed handles and blocked nicknames with BAD_USER_INPUT', async () => {
    expect(await t.code('mutation { signInDev(handle: "A B") { token } }')).toBe('BAD_USER_INPUT')
    expect(await t.code('mutation { signInDev(handle: "resident-x", name: "赌博群主") { token } }')).toBe('BAD_USER_INPUT')
  })

  it('ends a session with signOut; an unknown or ended token is signed out', async () => {
    const token = await t.signIn('resident-signout')
    expect((await t.ok('mutation { signOut }', {}, token)).signOut).toBe(true)
    expect((await t.ok(VIEWER, {}, token)).viewer).toBeNull()
    expect(await t.code(CLAIM, { input: { buildingId: places.building('1号楼').id, unit: '1', room: '201', areaM2: 80 } }, token)).toBe('UNAUTHENTICATED')
    expect((await t.ok(VIEWER, {}, 'x'.repeat(43))).viewer).toBeNull()
  })

  it('lets a resident claim a household that staff in scope approve', async () => {
    const resident = await t.signIn('resident-claimer', '赵大姐')
    const input = { buildingId: places.building('2号楼').id, unit: '3', room: '402', areaM2: 88.5, relation: 'OWNER' }
    const { claimHousehold: claim } = await t.ok(CLAIM, { input }, resident)
    expect(claim).toMatchObject({ status: 'PENDING', unit: '3', room: '402', areaM2: 88.5, relation: 'OWNER', building: { name: '2号楼' } })
    expect(await t.code(CLAIM, { input }, resident)).toBe('CONFLICT')

    // 2号楼 is in grid 1: grid 2's worker can neither see nor review it; grid 1's worker can.
    const grid2 = await t.signIn('grid-zhongwang-2')
    const queue = `{ householdClaimsToReview { edges { node { id claimant { displayName phone realName } building { name } } } } }`
    expect((await t.ok(queue, {}, grid2)).householdClaimsToReview.edges.map((e: any) => e.node.id)).not.toContain(claim.id)
    expect(await t.code(REVIEW, { id: claim.id, approve: true }, grid2)).toBe('FORBIDDEN')
    expect(await t.code(REVIEW, { id: claim.id, approve: true }, resident)).toBe('FORBIDDEN')

    const grid1 = await t.signIn('grid-zhongwang-1')
    const seen = (await t.ok(queue, {}, grid1)).householdClaimsToReview.edges.find((e: any) => e.node.id === claim.id)
    expect(seen.node.claimant.displayName).toBe('赵大姐')
    const { reviewHouseholdClaim } = await t.ok(REVIEW, { id: claim.id, approve: true }, grid1)
    expect(reviewHouseholdClaim.status).toBe('APPROVED')
    expect(await t.code(REVIEW, { id: claim.id, approve: false, note: '重复' }, grid1)).toBe('CONFLICT')
    // FORBIDDEN is decided before CONFLICT.
    expect(await t.code(REVIEW, { id: claim.id, approve: true }, grid2)).toBe('FORBIDDEN')

    const { viewer } = await t.ok(VIEWER, {}, resident)
    expect(viewer.households).toEqual([{ unit: '3', room: '402', relation: 'OWNER', areaM2: 88.5, building: { name: '2号楼', compound: { name: '众望小区' } } }])
    expect(viewer.unreadCount).toBe(1)
    const inbox = await t.ok('{ viewer { inbox { edges { node { kind title subjectType subjectId read } } } } }', {}, resident)
    expect(inbox.viewer.inbox.edges[0].node).toMatchObject({ kind: 'HOUSEHOLD_CLAIM_APPROVED', subjectType: 'HouseholdClaim', subjectId: claim.id, read: false })
    expect(await t.code(CLAIM, { input }, resident)).toBe('CONFLICT') // already a member
  })

  it('requires a reason to reject, and tells the resident why', async () => {
    const resident = await t.signIn('resident-rejected')
    const { claimHousehold: claim } = await t.ok(CLAIM, { input: { buildingId: places.building('5号楼').id, unit: '1', room: '101', areaM2: 70, relation: 'TENANT' } }, resident)
    const admin = await t.signIn('admin-dongyingpan')
    expect(await t.code(REVIEW, { id: claim.id, approve: false }, admin)).toBe('BAD_USER_INPUT')
    expect((await t.ok(REVIEW, { id: claim.id, approve: false, note: '房号与登记不符' }, admin)).reviewHouseholdClaim).toMatchObject({ status: 'REJECTED', note: '房号与登记不符' })
    const inbox = await t.ok('{ viewer { inbox { edges { node { kind body } } } } }', {}, resident)
    expect(inbox.viewer.inbox.edges[0].node.body).toContain('房号与登记不符')
    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c) { edges { node { action subjectId actor { displayName } } } } }', { c: places.dongyingpan.id }, admin)
    expect(audit.auditLog.edges.map((e: any) => e.node)).toContainEqual({ action: 'household_claim.reject', subjectId: claim.id, actor: { displayName: '梁书记' } })
  })

  it('validates claims: bad area and unit are BAD_USER_INPUT, unknown or malformed buildings NOT_FOUND', async () => {
    const resident = await t.signIn('resident-validator')
    const building = places.building('1号楼').id
    expect(await t.code(CLAIM, { input: { buildingId: building, unit: '1', room: '1', areaM2: 0 } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(CLAIM, { input: { buildingId: building, unit: ' ', room: '1', areaM2: 50 } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(CLAIM, { input: { buildingId: 'not-an-id', unit: '1', room: '1', areaM2: 50 } }, resident)).toBe('NOT_FOUND')
    expect(await t.code(CLAIM, { input: { buildingId: '01900000-0000-7000-8000-000000000000', unit: '1', room: '1', areaM2: 50 } }, resident)).toBe('NOT_FOUND')
    expect(await t.code(REVIEW, { id: 'nope', approve: true }, resident)).toBe('NOT_FOUND')
  })

  it('lets admins grant and revoke staff roles only within their community', async () => {
    const admin = await t.signIn('admin-dongyingpan')
    const other = await t.signIn('admin-quanxi')
    const newcomer = await t.signIn('resident-future-steward', '未来管家')
    const personId = (await t.ok(VIEWER, {}, newcomer)).viewer.id
    const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id role scopeKind scopeName person { displayName } } }`
    const input = { personId, role: 'STEWARD', scopeId: places.zhongwang.id }
    expect(await t.code(GRANT, { input }, other)).toBe('FORBIDDEN')
    expect(await t.code(GRANT, { input }, newcomer)).toBe('FORBIDDEN')
    expect(await t.code(GRANT, { input: { ...input, role: 'RESIDENT' } }, admin)).toBe('BAD_USER_INPUT')
    expect(await t.code(GRANT, { input: { ...input, role: 'GRID_WORKER' } }, admin)).toBe('NOT_FOUND') // a compound is not a grid
    const { grantRole } = await t.ok(GRANT, { input }, admin)
    expect(grantRole).toMatchObject({ role: 'STEWARD', scopeKind: 'COMPOUND', scopeName: '众望小区', person: { displayName: '未来管家' } })
    expect((await t.ok(GRANT, { input }, admin)).grantRole.id).toBe(grantRole.id) // idempotent
    expect((await t.ok(VIEWER, {}, newcomer)).viewer).toMatchObject({ isStaff: true, roles: [{ role: 'STEWARD', scopeName: '众望小区' }] })

    const roles = await t.ok('{ staffRoles { edges { node { id role person { displayName } } } } }', {}, admin)
    expect(roles.staffRoles.edges.map((e: any) => e.node.id)).toContain(grantRole.id)
    expect(await t.code('{ staffRoles { edges { node { id } } } }', {}, newcomer)).toBe('FORBIDDEN')

    expect(await t.code('mutation($id: ID!) { revokeRole(id: $id) { id } }', { id: grantRole.id }, other)).toBe('FORBIDDEN')
    expect((await t.ok('mutation($id: ID!) { revokeRole(id: $id) { id } }', { id: grantRole.id }, admin)).revokeRole.id).toBe(grantRole.id)
    expect((await t.ok(VIEWER, {}, newcomer)).viewer.isStaff).toBe(false)
    expect(await t.code('mutation($id: ID!) { revokeRole(id: $id) { id } }', { id: grantRole.id }, admin)).toBe('NOT_FOUND')
  })

  it('masks phones and hides real names from everyone but the person and staff in scope', async () => {
    const resident = await t.signIn('resident-private', '钱阿姨')
    await t.ok('mutation { updateProfile(input: { phone: "13812341234", realName: "钱秀英" }) { id } }', {}, resident)
    expect((await t.ok('{ viewer { phone realName } }', {}, resident)).viewer).toEqual({ phone: '13812341234', realName: '钱秀英' })
    expect(await t.code('mutation { updateProfile(input: { phone: "12345" }) { id } }', {}, resident)).toBe('BAD_USER_INPUT')
    const { claimHousehold: claim } = await t.ok(CLAIM, { input: { buildingId: places.building('4号楼').id, unit: '2', room: '202', areaM2: 66 } }, resident)
    const queue = `{ householdClaimsToReview { edges { node { id claimant { phone realName } } } } }`
    const inScope = await t.signIn('grid-zhongwang-2') // 4号楼 is in grid 2
    await t.ok(REVIEW, { id: claim.id, approve: true }, inScope)
    const approved = await t.ok(`{ householdClaimsToReview(status: APPROVED) { edges { node { id claimant { phone realName } } } } }`, {}, inScope)
    expect(approved.householdClaimsToReview.edges.find((e: any) => e.node.id === claim.id).node.claimant).toEqual({ phone: '13812341234', realName: '钱秀英' })
    const outOfScope = await t.signIn('admin-quanxi')
    expect((await t.ok(queue, {}, outOfScope)).householdClaimsToReview.edges).toEqual([])
    const people = await t.ok('query($c: ID!) { peopleInScope(communityId: $c, search: "钱") { displayName phone realName } }', { c: places.dongyingpan.id }, await t.signIn('admin-dongyingpan'))
    expect(people.peopleInScope).toEqual([{ displayName: '钱阿姨', phone: '13812341234', realName: '钱秀英' }])
    // A grid worker of the other grid is staff, but not over this household: masked.
    const grid1 = await t.signIn('grid-zhongwang-1')
    const grantLookup = await t.gql('query($c: ID!) { peopleInScope(communityId: $c) { phone } }', { c: places.dongyingpan.id }, grid1)
    expect(grantLookup.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('limits sign-ins per client with RATE_LIMITED', async () => {
    const limited = await startGateway(engine, { RATE_LIMIT_SIGNIN_PER_MINUTE: '3' })
    try {
      const codes: (string | undefined)[] = []
      for (let i = 0; i < 5; i++) codes.push(await limited.code('mutation { signInDev(handle: "resident-hasty") { token } }'))
      expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED'])
      const error = (await limited.gql('mutation { signInDev(handle: "resident-hasty") { token } }')).errors?.[0]
      expect(error?.message).toMatch(/操作太频繁/)
      expect(Number(error?.extensions?.retryAfterSeconds)).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
})
