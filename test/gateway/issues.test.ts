import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sweepIssues } from '../../gateway/modules/issues/sweep'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id status category dueAt overdue isPublic raisedOnBehalf onBehalfName
  assignee { person { displayName } role scopeName workPhone } timeline { kind status actor { displayName } } } }`
const ADVANCE = `mutation($id: ID!, $to: IssueStatus!, $note: String) { advanceIssue(id: $id, to: $to, note: $note) { id status resolvedAt timeline { kind status note actorRole } } }`
const ONE = `query($id: ID!) { issue(id: $id) { id status supportCount viewerSupports viewerFollows rating closedAt followUpPending duplicateOf { id } viewerNextSteps timeline { kind status note } } }`
const CONFIRM = `mutation($id: ID!, $r: Int!, $c: String) { confirmIssue(id: $id, rating: $r, comment: $c) { status rating ratingComment } }`

describe.each(ENGINES)('issues on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let resident: string // 常阿姨, 1号楼 (grid 1)
  let neighbour: string // 王大爷, 2号楼 (grid 1)
  let grid1: string
  let grid2: string
  let steward: string
  let admin: string
  const raise = (token: string, overrides: Record<string, unknown> = {}) =>
    t.ok(RAISE, { input: { category: 'LIGHTING', title: '3单元门口路灯不亮', description: '晚上很黑,老人出门不方便', buildingId: places.building('1号楼').id, spot: '3单元门口', isPublic: true, ...overrides } }, token)

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, neighbour, grid1, grid2, steward, admin] = await Promise.all(
      ['resident-changbaoe', 'resident-zhongwang-2', 'grid-zhongwang-1', 'grid-zhongwang-2', 'steward-zhongwang', 'admin-dongyingpan'].map((h) => t.signIn(h)),
    )
  })
  afterAll(() => t?.close())

  it('routes a new issue to the grid worker of its building, repairs to the steward, with due times', async () => {
    const { raiseIssue: lighting } = await raise(resident)
    expect(lighting).toMatchObject({ status: 'SUBMITTED', overdue: false, raisedOnBehalf: false, assignee: { person: { displayName: '第一网格网格员' }, role: 'GRID_WORKER', scopeName: '第一网格', workPhone: '13803530011' } })
    expect(Date.parse(lighting.dueAt) - Date.now()).toBeGreaterThan(47 * 3_600_000)
    expect(lighting.timeline).toEqual([{ kind: 'SUBMITTED', status: 'SUBMITTED', actor: { displayName: '常阿姨' } }])
    const { raiseIssue: repair } = await raise(resident, { category: 'REPAIR_ELECTRICAL', title: '楼道灯开关坏了' })
    expect(repair.assignee).toMatchObject({ role: 'STEWARD', scopeName: '众望小区' })
    expect((await t.ok(ADVANCE, { id: repair.id, to: 'ACCEPTED' }, steward)).advanceIssue.status).toBe('ACCEPTED')
    // New work in the queue waits for the grid worker's daily summary (their default for 工作待办).
    const waiting = await t.gateway.db.selectFrom('digest_items').innerJoin('accounts', 'accounts.id', 'digest_items.account_id').select(['digest_items.kind', 'digest_items.subject_id'])
      .where('accounts.handle', '=', 'grid-zhongwang-1').where('digest_items.subject_id', '=', lighting.id).execute()
    expect(waiting).toEqual([{ kind: 'ISSUE_SUBMITTED', subject_id: lighting.id }])
  })

  it('refuses bad input, and strangers to the building cannot act on it', async () => {
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: 'x', description: 'y', buildingId: places.building('1号楼').id, isPublic: true } })).toBe('UNAUTHENTICATED')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '', description: 'y', buildingId: places.building('1号楼').id, isPublic: true } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '灯', description: 'y'.repeat(2001), buildingId: places.building('1号楼').id, isPublic: true } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '灯', description: '赌博广告', buildingId: places.building('1号楼').id, isPublic: true } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '灯', description: 'y', buildingId: 'nope', isPublic: true } }, resident)).toBe('NOT_FOUND')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '灯', description: 'y', buildingId: places.building('1号楼').id, isPublic: true, photoIds: Array(10).fill('x') } }, resident)).toBe('BAD_USER_INPUT')
    expect(await t.code(RAISE, { input: { category: 'LIGHTING', title: '灯', description: 'y', buildingId: places.building('1号楼').id, isPublic: true, onBehalfName: '张大妈' } }, resident)).toBe('FORBIDDEN')
  })

  it('walks the whole lifecycle with the right people, refusing wrong steps and wrong people', async () => {
    const { raiseIssue: issue } = await raise(resident)
    const id = issue.id
    // A resident cannot advance; grid 2 cannot touch grid 1's issue (FORBIDDEN before CONFLICT).
    expect(await t.code(ADVANCE, { id, to: 'ACCEPTED' }, resident)).toBe('FORBIDDEN')
    expect(await t.code(ADVANCE, { id, to: 'ACCEPTED' }, grid2)).toBe('NOT_FOUND') // not even visible: not public to grid 2's staff
    expect(await t.code(ADVANCE, { id, to: 'RESOLVED', note: '修好了' }, grid1)).toBe('CONFLICT')
    expect(await t.code(ADVANCE, { id, to: 'CLOSED' }, grid1)).toBe('BAD_USER_INPUT')
    expect((await t.ok(ONE, { id }, grid1)).issue.viewerNextSteps).toEqual(['ACCEPTED', 'REJECTED'])
    await t.ok(ADVANCE, { id, to: 'ACCEPTED' }, grid1)
    expect(await t.code(ADVANCE, { id, to: 'ACCEPTED' }, grid1)).toBe('CONFLICT')
    await t.ok(ADVANCE, { id, to: 'IN_PROGRESS' }, grid1)
    await t.ok('mutation($id: ID!) { addIssueNote(id: $id, note: "已联系电工,明天上午维修") { id } }', { id }, grid1)
    expect(await t.code(ADVANCE, { id, to: 'RESOLVED' }, grid1)).toBe('BAD_USER_INPUT') // a note is required
    const resolved = (await t.ok(ADVANCE, { id, to: 'RESOLVED', note: '已更换灯泡' }, grid1)).advanceIssue
    expect(resolved.status).toBe('RESOLVED')
    expect(resolved.timeline.map((e: any) => e.kind)).toEqual(['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'NOTE', 'RESOLVED'])
    expect(resolved.timeline[4]).toMatchObject({ note: '已更换灯泡', actorRole: 'GRID_WORKER' })

    expect(await t.code(CONFIRM, { id, r: 5 }, neighbour)).toBe('FORBIDDEN')
    expect(await t.code(CONFIRM, { id, r: 6 }, resident)).toBe('BAD_USER_INPUT')
    expect((await t.ok(ONE, { id }, resident)).issue.viewerNextSteps).toEqual(['CLOSED', 'REOPENED'])
    await t.ok('mutation($id: ID!) { reopenIssue(id: $id, reason: "晚上又不亮了") { status } }', { id }, resident)
    await t.ok(ADVANCE, { id, to: 'IN_PROGRESS' }, grid1)
    await t.ok(ADVANCE, { id, to: 'RESOLVED', note: '更换了线路' }, grid1)
    expect((await t.ok(CONFIRM, { id, r: 4, c: '谢谢网格员' }, resident)).confirmIssue).toEqual({ status: 'CLOSED', rating: 4, ratingComment: '谢谢网格员' })
    expect(await t.code(CONFIRM, { id, r: 5 }, resident)).toBe('CONFLICT')
    expect(await t.code('mutation($id: ID!) { reopenIssue(id: $id, reason: "x") { status } }', { id }, resident)).toBe('CONFLICT')

    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 50) { edges { node { action subjectId } } } }', { c: places.dongyingpan.id }, admin)
    expect(audit.auditLog.edges.filter((e: any) => e.node.subjectId === id).map((e: any) => e.node.action).reverse()).toEqual(['issue.accepted', 'issue.in_progress', 'issue.note', 'issue.resolved', 'issue.in_progress', 'issue.resolved'])
    const inbox = await t.ok('{ viewer { inbox(first: 50) { edges { node { kind subjectId } } } } }', {}, resident)
    expect(inbox.viewer.inbox.edges.filter((e: any) => e.node.subjectId === id).length).toBe(6) // every staff step; not her own
  })

  it('lets staff reject with a reason, and admins act on anything in their community', async () => {
    const { raiseIssue: a } = await raise(resident, { title: '不是本小区的问题' })
    expect(await t.code(ADVANCE, { id: a.id, to: 'REJECTED' }, admin)).toBe('BAD_USER_INPUT')
    expect((await t.ok(ADVANCE, { id: a.id, to: 'REJECTED', note: '属于市政道路,已转交城管' }, admin)).advanceIssue.status).toBe('REJECTED')
    expect(await t.code(ADVANCE, { id: a.id, to: 'ACCEPTED' }, admin)).toBe('CONFLICT')
    const other = await t.signIn('admin-quanxi')
    const { raiseIssue: b } = await raise(resident)
    expect(await t.code(ADVANCE, { id: b.id, to: 'ACCEPTED' }, other)).toBe('NOT_FOUND')
  })

  it('keeps private issues and their photos from neighbours and other grids', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'door.png')
    const upload = (await (await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${resident}` } })).json()) as { id: string }
    const { raiseIssue: issue } = await raise(resident, { isPublic: false, title: '邻居噪音', category: 'DISPUTE', photoIds: [upload.id] })
    const PHOTOS = 'query($id: ID!) { issue(id: $id) { id photos { url } } }'
    const mine = (await t.ok(PHOTOS, { id: issue.id }, resident)).issue
    expect(mine.photos[0].url).toMatch(/\/media\//)
    expect((await fetch(mine.photos[0].url)).status).toBe(200)
    expect((await t.ok(PHOTOS, { id: issue.id }, neighbour)).issue).toBeNull()
    expect((await t.ok(PHOTOS, { id: issue.id }, grid2)).issue).toBeNull()
    expect((await t.ok(PHOTOS, { id: issue.id }, grid1)).issue.photos).toHaveLength(1)
    const list = await t.ok('{ issues(first: 100) { edges { node { id } } } }', {}, neighbour)
    expect(list.issues.edges.map((e: any) => e.node.id)).not.toContain(issue.id)
    expect(await t.code('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issue.id }, neighbour)).toBe('NOT_FOUND')
    const queue2 = await t.ok('{ workbenchIssues(first: 100) { edges { node { id } } } }', {}, grid2)
    expect(queue2.workbenchIssues.edges.map((e: any) => e.node.id)).not.toContain(issue.id)
    const queue1 = await t.ok('{ workbenchIssues(first: 100) { edges { node { id } } } }', {}, grid1)
    expect(queue1.workbenchIssues.edges.map((e: any) => e.node.id)).toContain(issue.id)
    expect(await t.code('{ workbenchIssues { edges { node { id } } } }', {}, neighbour)).toBe('FORBIDDEN')
  })

  it('counts 50 parallel "me too" from 50 people as 50, and from one person as 1', async () => {
    const { raiseIssue: issue } = await raise(resident, { title: '东门监控看不到车棚', category: 'SURVEILLANCE' })
    const SUPPORT = 'mutation($id: ID!) { supportIssue(id: $id) { id } }'
    await Promise.all(Array.from({ length: 50 }, () => t.ok(SUPPORT, { id: issue.id }, neighbour)))
    expect((await t.ok(ONE, { id: issue.id }, neighbour)).issue).toMatchObject({ supportCount: 1, viewerSupports: true, viewerFollows: true })
    // 49 more residents of 众望小区, each with a verified household (approved by the admin).
    const people = await Promise.all(Array.from({ length: 49 }, (_, i) => t.signIn(`resident-metoo-${i}`)))
    const claims = await Promise.all(people.map((tok, i) => t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: places.building('3号楼').id, unit: '1', room: String(100 + i), areaM2: 60 } }, tok)))
    for (const c of claims) await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }', { id: c.claimHousehold.id }, admin)
    await Promise.all(people.map((tok) => t.ok(SUPPORT, { id: issue.id }, tok)))
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.supportCount).toBe(50)
    const similar = await t.ok('query($input: SimilarIssuesInput!) { similarIssues(input: $input) { id } }', { input: { category: 'SURVEILLANCE', buildingId: places.building('2号楼').id } }, neighbour)
    expect(similar.similarIssues.map((i: any) => i.id)).toContain(issue.id)
  })

  it('closes resolved issues after 7 days, asks 是否真正解决? 7 days later, and "no" reopens', async () => {
    const { raiseIssue: issue } = await raise(resident, { title: '垃圾桶满了没人清', category: 'SANITATION' })
    const id = issue.id
    for (const [to, note] of [['ACCEPTED', null], ['IN_PROGRESS', null], ['RESOLVED', '已清运']] as const) await t.ok(ADVANCE, { id, to, note }, grid1)
    const day = 86_400_000
    expect((await sweepIssues(t.gateway.db, new Date(Date.now() + 6 * day))).closed).toBe(0)
    await sweepIssues(t.gateway.db, new Date(Date.now() + 7 * day + 60_000))
    const closed = (await t.ok(ONE, { id }, resident)).issue
    expect(closed).toMatchObject({ status: 'CLOSED', rating: null, followUpPending: false })
    expect(closed.timeline.at(-1)).toMatchObject({ kind: 'CLOSED', note: '7 天未确认,自动关闭' })
    const ANSWER = 'mutation($id: ID!, $a: FollowUpAnswer!) { answerIssueFollowUp(id: $id, answer: $a) { status followUpPending } }'
    expect(await t.code(ANSWER, { id, a: 'NO' }, resident)).toBe('CONFLICT') // not asked yet
    await sweepIssues(t.gateway.db, new Date(Date.now() + 15 * day))
    await sweepIssues(t.gateway.db, new Date(Date.now() + 16 * day)) // asked once only
    const inbox = await t.ok('{ viewer { inbox(first: 100) { edges { node { kind title subjectId } } } } }', {}, resident)
    expect(inbox.viewer.inbox.edges.filter((e: any) => e.node.kind === 'ISSUE_FOLLOW_UP' && e.node.subjectId === id).map((e: any) => e.node.title)).toEqual(['是否真正解决?'])
    expect((await t.ok(ONE, { id }, resident)).issue.followUpPending).toBe(true)
    expect(await t.code(ANSWER, { id, a: 'NO' }, grid1)).toBe('FORBIDDEN')
    expect((await t.ok(ANSWER, { id, a: 'NO' }, resident)).answerIssueFollowUp).toEqual({ status: 'REOPENED', followUpPending: false })
    expect(await t.code(ANSWER, { id, a: 'YES' }, resident)).toBe('CONFLICT')
    expect((await t.ok(ADVANCE, { id, to: 'IN_PROGRESS' }, grid1)).advanceIssue.status).toBe('IN_PROGRESS')
  })

  it('marks duplicates: the copy closes and its reporter and followers follow the original', async () => {
    const { raiseIssue: original } = await raise(resident, { title: '消防通道被电动车堵住', category: 'FIRE_SAFETY' })
    const { raiseIssue: copy } = await raise(neighbour, { title: '楼下消防通道堵了', category: 'FIRE_SAFETY', buildingId: places.building('2号楼').id, isPublic: false })
    const DUP = 'mutation($id: ID!, $o: ID!) { markIssueDuplicate(id: $id, originalId: $o) { status duplicateOf { id } } }'
    expect(await t.code(DUP, { id: copy.id, o: original.id }, neighbour)).toBe('FORBIDDEN')
    expect(await t.code(DUP, { id: copy.id, o: copy.id }, grid1)).toBe('BAD_USER_INPUT')
    expect((await t.ok(DUP, { id: copy.id, o: original.id }, grid1)).markIssueDuplicate).toEqual({ status: 'CLOSED', duplicateOf: { id: original.id } })
    expect(await t.code(DUP, { id: copy.id, o: original.id }, grid1)).toBe('CONFLICT')
    expect((await t.ok(ONE, { id: original.id }, neighbour)).issue.viewerFollows).toBe(true)
    await t.ok(ADVANCE, { id: original.id, to: 'ACCEPTED' }, grid1)
    const inbox = await t.ok('{ viewer { inbox(first: 100) { edges { node { kind subjectId } } } } }', {}, neighbour)
    expect(inbox.viewer.inbox.edges.map((e: any) => e.node)).toContainEqual({ kind: 'ISSUE_ACCEPTED', subjectId: original.id })
  })

  it('lets staff raise an issue for a resident, naming them to staff in scope only', async () => {
    const { raiseIssue: issue } = await raise(grid1, { title: '电话反映:2号楼楼道灯坏', buildingId: places.building('2号楼').id, onBehalfName: '王大爷' })
    expect(issue).toMatchObject({ raisedOnBehalf: true, onBehalfName: '王大爷' })
    const seen = (await t.ok('query($id: ID!) { issue(id: $id) { raisedOnBehalf onBehalfName } }', { id: issue.id }, neighbour)).issue
    expect(seen).toEqual({ raisedOnBehalf: true, onBehalfName: null })
  })

  it('publishes per-community figures', async () => {
    const stats = (await t.ok('query($c: ID!) { communityStats(communityId: $c) { openCount allTime { resolvedCount medianHoursToResolve onTimeShare averageRating ratedCount byCategory { category resolvedCount } } lastHundred { resolvedCount } } }', { c: places.dongyingpan.id })).communityStats
    expect(stats.allTime.resolvedCount).toBeGreaterThanOrEqual(2)
    expect(stats.allTime.onTimeShare).toBe(1)
    expect(stats.allTime.averageRating).toBe(4)
    expect(stats.allTime.ratedCount).toBe(1)
    expect(stats.lastHundred.resolvedCount).toBe(stats.allTime.resolvedCount)
    expect(stats.openCount).toBeGreaterThan(0)
    expect(await t.code('query { communityStats(communityId: "x") { openCount } }')).toBe('NOT_FOUND')
  })

  it('runs the same number of SQL statements for a queue page of 2 as for a page of 20', async () => {
    for (let i = 0; i < 20; i++) await raise(resident, { title: `楼道灯 ${i + 1} 不亮` })
    const PAGE = `query($first: Int) { workbenchIssues(first: $first) { edges { node { id title status overdue supportCount viewerSupports viewerFollows
      reporter { displayName phone } assignee { person { displayName } role scopeName workPhone } building { name compound { name } } photos { url }
      timeline { kind actor { displayName } actorRole photos { url } } viewerNextSteps } } } }`
    const statements = async (first: number) => {
      const { statements, result } = await t.statementsOf(() => t.ok(PAGE, { first }, grid1))
      expect(result.workbenchIssues.edges.length).toBe(first)
      return statements
    }
    expect(await statements(20)).toBe(await statements(2))
  })
})
