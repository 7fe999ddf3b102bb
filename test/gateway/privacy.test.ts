import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const CLAIM = `mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }`
const REVIEW = `mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id status } }`
const COUNTS = `query($id: ID!) { notice(id: $id) { readCount acknowledgedCount } }`
const QUEUE = `{ householdClaimsToReview { edges { node { id claimant { displayName phone realName } } } } }`

describe.each(ENGINES)('privacy on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let ackNoticeId: string // 廉洁文化进小区: community-wide, requires acknowledgement
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    const { notices } = await t.ok('{ notices(search: "财务收支公开") { edges { node { id requiresAck } } } }')
    ackNoticeId = notices.edges[0].node.id
    expect(notices.edges[0].node.requiresAck).toBe(true)
  })
  afterAll(() => t?.close())

  let rooms = 100 // each resident claims rooms of their own
  const idOf = async (token: string) => (await t.ok('{ viewer { id } }', {}, token)).viewer.id as string

  /** A resident with a phone, a verified household, a pending claim, a read, an acknowledgement and inbox mail. */
  async function settledResident(handle: string, name: string) {
    const token = await t.signIn(handle, name)
    await t.ok('mutation { updateProfile(input: { phone: "13900001111", realName: "孙小梅" }) { id } }', {}, token)
    const building = places.building('1号楼').id // grid 1
    const { claimHousehold: verified } = await t.ok(CLAIM, { input: { buildingId: building, unit: '2', room: String(++rooms), areaM2: 75 } }, token)
    await t.ok(REVIEW, { id: verified.id }, await t.signIn('grid-zhongwang-1'))
    const { claimHousehold: pending } = await t.ok(CLAIM, { input: { buildingId: building, unit: '3', room: String(++rooms), areaM2: 60, relation: 'TENANT' } }, token)
    await t.ok('mutation($id: ID!) { acknowledgeNotice(id: $id) { id } }', { id: ackNoticeId }, token)
    return { token, id: await idOf(token), verifiedClaimId: verified.id as string, pendingClaimId: pending.id as string }
  }

  it('refuses exportMyData and deleteMyAccount to the signed out with UNAUTHENTICATED', async () => {
    expect(await t.code('{ exportMyData }')).toBe('UNAUTHENTICATED')
    expect(await t.code('mutation { deleteMyAccount }')).toBe('UNAUTHENTICATED')
  })

  it('exports everything held about the viewer', async () => {
    const r = await settledResident('resident-exporter', '孙阿姨')
    const readId = (await t.ok('{ notices(category: SAFETY_TIP, first: 1) { edges { node { id } } } }')).notices.edges[0].node.id
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: readId }, r.token)
    const { exportMyData: data } = await t.ok('{ exportMyData }', {}, r.token)
    expect(data.account).toMatchObject({ id: r.id, handle: 'resident-exporter', nickname: '孙阿姨', phone: '13900001111', realName: '孙小梅' })
    expect(data.householdClaims.map((c: any) => [c.id, c.status]).sort()).toEqual([[r.verifiedClaimId, 'APPROVED'], [r.pendingClaimId, 'PENDING']].sort())
    expect(data.households).toEqual([expect.objectContaining({ building_id: places.building('1号楼').id, unit: '2', relation: 'OWNER' })])
    expect(data.noticeReads.map((x: any) => x.notice_id).sort()).toEqual([ackNoticeId, readId].sort())
    expect(data.noticeAcknowledgements.map((x: any) => x.notice_id)).toEqual([ackNoticeId])
    expect(data.inbox).toEqual([expect.objectContaining({ kind: 'HOUSEHOLD_CLAIM_APPROVED', subject_id: r.verifiedClaimId })])
    expect(data.sessions.length).toBeGreaterThan(0)
    expect(JSON.stringify(data.sessions)).not.toMatch(/token/)
  })

  it("exports only the viewer's own data", async () => {
    await settledResident('resident-neighbour', '周大爷')
    const token = await t.signIn('resident-quiet')
    const { exportMyData: data } = await t.ok('{ exportMyData }', {}, token)
    expect(data.account.handle).toBe('resident-quiet')
    expect([data.householdClaims, data.households, data.noticeReads, data.noticeAcknowledgements, data.inbox, data.roles]).toEqual([[], [], [], [], [], []])
  })

  it('signs the deleted account out everywhere', async () => {
    const r = await settledResident('resident-leaving-1', '吴阿姨')
    const second = await t.signIn('resident-leaving-1')
    expect((await t.ok('mutation { deleteMyAccount }', {}, r.token)).deleteMyAccount).toBe(true)
    expect((await t.ok('{ viewer { id } }', {}, r.token)).viewer).toBeNull()
    expect((await t.ok('{ viewer { id } }', {}, second)).viewer).toBeNull()
    expect(await t.code('{ exportMyData }', {}, second)).toBe('UNAUTHENTICATED')
  })

  it('lets the same handle sign in again as a new, empty account', async () => {
    const r = await settledResident('resident-leaving-2', '郑阿姨')
    await t.ok('mutation { deleteMyAccount }', {}, r.token)
    const again = await t.signIn('resident-leaving-2')
    const { viewer } = await t.ok('{ viewer { id displayName phone households { id } claims { status } unreadCount } }', {}, again)
    expect(viewer.id).not.toBe(r.id)
    expect(viewer).toMatchObject({ displayName: 'resident-leaving-2', phone: null, households: [], claims: [], unreadCount: 0 })
  })

  it('keeps read and acknowledgement counts: the tombstone still counts', async () => {
    const r = await settledResident('resident-leaving-3', '冯阿姨')
    const before = (await t.ok(COUNTS, { id: ackNoticeId })).notice
    expect(before.acknowledgedCount).toBeGreaterThan(0)
    await t.ok('mutation { deleteMyAccount }', {}, r.token)
    expect((await t.ok(COUNTS, { id: ackNoticeId })).notice).toEqual(before)
  })

  it('removes personal data from the stored account row and unlinks claims and households', async () => {
    const r = await settledResident('resident-leaving-4', '陈阿姨')
    await t.ok('mutation { deleteMyAccount }', {}, r.token)
    const row = await t.gateway.db.selectFrom('accounts').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ handle: null, openid: null, nickname: null, real_name: null, phone: null })
    expect(row.deleted_at).toBeTruthy()
    const members = await t.gateway.db.selectFrom('household_members').select('id').where('account_id', '=', r.id).execute()
    expect(members).toEqual([])
    const claims = await t.gateway.db.selectFrom('household_claims').select('account_id').where('id', 'in', [r.verifiedClaimId, r.pendingClaimId]).execute()
    expect(claims).toEqual([{ account_id: null }, { account_id: null }])
  })

  it('shows staff a deleted resident’s pending claim with no claimant', async () => {
    const r = await settledResident('resident-leaving-5', '褚阿姨')
    const grid1 = await t.signIn('grid-zhongwang-1')
    const before = (await t.ok(QUEUE, {}, grid1)).householdClaimsToReview.edges.find((e: any) => e.node.id === r.pendingClaimId)
    expect(before.node.claimant).toEqual({ displayName: '褚阿姨', phone: '13900001111', realName: '孙小梅' })
    await t.ok('mutation { deleteMyAccount }', {}, r.token)
    const after = (await t.ok(QUEUE, {}, grid1)).householdClaimsToReview.edges.find((e: any) => e.node.id === r.pendingClaimId)
    expect(after.node.claimant).toBeNull()
  })

  it('shows a deleted staff member as 已注销用户 in the audit log, with nothing personal', async () => {
    const resident = await t.signIn('resident-reviewed-by-steward')
    const { claimHousehold: claim } = await t.ok(CLAIM, { input: { buildingId: places.building('3号楼').id, unit: '1', room: '909', areaM2: 90 } }, resident)
    const steward = await t.signIn('steward-zhongwang')
    await t.ok('mutation { updateProfile(input: { phone: "13700002222", realName: "管家本名" }) { id } }', {}, steward)
    await t.ok(REVIEW, { id: claim.id }, steward)
    await t.ok('mutation { deleteMyAccount }', {}, steward)
    const log = await t.ok('query($c: ID!) { auditLog(communityId: $c) { edges { node { action subjectId actor { displayName phone realName } } } } }', { c: places.dongyingpan.id }, await t.signIn('admin-dongyingpan'))
    const entry = log.auditLog.edges.map((e: any) => e.node).find((n: any) => n.subjectId === claim.id)
    expect(entry).toEqual({ action: 'household_claim.approve', subjectId: claim.id, actor: { displayName: '已注销用户', phone: null, realName: null } })
  })
})
