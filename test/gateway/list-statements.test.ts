import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Every list the app shows costs the same number of SQL statements for 2 items as for 20, with the
// selections the app's pages ask for (src/features/*/*.graphql). Seeded through the API.

const PAGE = `pageInfo { hasNextPage endCursor }`
const LISTS = {
  notices: `query($first: Int) { notices(first: $first) { edges { cursor node { id title category summary pinned requiresAck readCount acknowledgedCount viewerHasRead viewerHasAcknowledged viewerCanEdit publishedAt cover { id url } community { name } compound { name } } } ${PAGE} } }`,
  issues: `query($first: Int) { issues(first: $first) { edges { cursor node { id category title status overdue isPublic supportCount viewerSupports viewerFollows submittedAt reporter { displayName } assignee { person { displayName } role scopeName } building { id name compound { name } } photos { url } } } ${PAGE} } }`,
  workbenchIssues: `query($first: Int) { workbenchIssues(first: $first) { edges { cursor node { id category title status overdue isPublic supportCount submittedAt reporter { displayName phone } assignee { person { displayName } role scopeName workPhone } building { id name } viewerNextSteps } } ${PAGE} } }`,
  proposals: `query($first: Int) { proposals(first: $first) { edges { cursor node { id stage matter advisory title createdAt cosignCount cosignThreshold cosignDeadline votingClosesAt compound { id name } building { id name } participation { households area } result { passed } } } ${PAGE} } }`,
  activities: `query($first: Int) { activities(first: $first) { edges { cursor node { id status kind title venue startsAt endsAt signUpDeadline signUpOpen capacity seatsLeft waitlist waitlistCount partners cover { id url } organiser { id displayName }
    viewerRegistration { id status partySize waitlistPosition checkInCode createdAt answers { question value } } } } ${PAGE} } }`,
  myRegistrations: `query($first: Int) { myRegistrations(first: $first) { edges { cursor node { id status partySize waitlistPosition checkInCode createdAt answers { question value } activity { id title startsAt venue } } } ${PAGE} } }`,
  inbox: `query($first: Int) { viewer { id unreadCount inbox(first: $first) { edges { cursor node { id kind title body subjectType subjectId read createdAt } } ${PAGE} } } }`,
  householdClaimsToReview: `query($first: Int) { householdClaimsToReview(status: PENDING, first: $first) { edges { cursor node { id unit room areaM2 relation createdAt claimant { id displayName realName phone } building { id name compound { id name } } } } ${PAGE} } }`,
}
const hours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString()

describe.each(ENGINES)('list statement counts on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let resident: string
  let grid: string
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, grid, admin] = await Promise.all([t.signIn('resident-changbaoe'), t.signIn('grid-zhongwang-1'), t.signIn('admin-dongyingpan')])
    // The grid worker's queue comes at once (staff get a daily summary by default): their inbox is the list measured.
    await t.ok('mutation { updateNotificationSettings(input: { work: AT_ONCE }) { work } }', {}, grid)
    const building = places.building('1号楼').id
    for (let i = 1; i <= 21; i++) {
      await t.ok('mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }', { input: { communityId: places.dongyingpan.id, category: 'ANNOUNCEMENT', title: `楼道通知 ${i}`, body: `<p>第 ${i} 条</p>`, requiresAck: i % 2 === 0 } }, admin)
      await t.ok('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }', { input: { category: 'LIGHTING', title: `${i}单元门口路灯不亮`, description: '晚上很黑', buildingId: building, isPublic: true } }, resident)
      await t.ok('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input: { compoundId: places.zhongwang.id, title: `议题 ${i}`, background: '背景', question: '怎么办?', matter: 'ADVISORY', ballotKind: 'SINGLE' } }, resident)
      const input = { communityId: places.dongyingpan.id, kind: 'HANDICRAFT', title: `纽扣画 ${i}`, description: '手工', venue: '党群服务中心', startsAt: hours(72 + i), endsAt: hours(74 + i), signUpDeadline: hours(48), capacity: 30, maxPartySize: 2, eligibility: 'ANYONE', waitlist: true, needsApproval: false }
      const activity = (await t.ok('mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', { input }, admin)).createActivity.id
      await t.ok('mutation($id: ID!) { publishActivity(id: $id) { id } }', { id: activity }, admin)
      await t.ok('mutation($a: ID!) { register(activityId: $a, partySize: 1) { id } }', { a: activity }, resident)
      const claimant = await t.signIn(`resident-claiming-${i}`)
      await t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: building, unit: '3', room: `${100 + i}`, areaM2: 80 } }, claimant)
    }
    // Every activity with a cover, as the demo's have: which ones a page holds then never decides
    // whether it looks covers up (which demo activity comes first depends on the time of day).
    const cover = await t.gateway.db.selectFrom('activities').select('cover_media_id').where('cover_media_id', 'is not', null).executeTakeFirstOrThrow()
    await t.gateway.db.updateTable('activities').set({ cover_media_id: cover.cover_media_id }).where('cover_media_id', 'is', null).execute()
  })
  afterAll(() => t?.close())

  /** SQL statements for a page of `first` (the viewer already looked up, as on every request after the first). */
  const statements = async (name: keyof typeof LISTS, first: number, token: string) => {
    const { statements, result: data } = await t.statementsOf(() => t.ok(LISTS[name], { first }, token))
    const list = name === 'inbox' ? data.viewer.inbox : data[name]
    expect(list.edges.length, `${name}(first: ${first})`).toBe(first)
    return statements
  }

  const cases: [keyof typeof LISTS, () => string][] = [
    ['notices', () => resident], ['issues', () => resident], ['workbenchIssues', () => grid], ['proposals', () => resident],
    ['activities', () => resident], ['myRegistrations', () => resident], ['inbox', () => grid], ['householdClaimsToReview', () => grid],
  ]
  it.each(cases)('%s: as many statements for 20 items as for 2', async (name, token) => {
    const two = await statements(name, 2, token())
    expect(await statements(name, 20, token()), `${name}: 2 items cost ${two}`).toBe(two)
  })
})
