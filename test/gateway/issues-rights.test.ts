import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'
import { uploadImage } from './upload'

// Who sees an issue comes from its public flag, its reporter and current staff roles only:
// following (a duplicate merge, a "me too") never widens it, and a revoked role ends it.

const RAISE = `mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id assignee { person { displayName } } } }`
const ONE = `query($id: ID!) { issue(id: $id) { id title description photos { id url } assignee { person { displayName } } timeline { kind note } } }`
const DUP = 'mutation($id: ID!, $o: ID!) { markIssueDuplicate(id: $id, originalId: $o) { status timeline { kind note } } }'
const NOTE = 'mutation($id: ID!, $n: String!) { addIssueNote(id: $id, note: $n) { id } }'
const ADVANCE = 'mutation($id: ID!, $to: IssueStatus!) { advanceIssue(id: $id, to: $to) { status } }'
const INBOX = '{ viewer { inbox(first: 100) { edges { node { kind title body subjectId } } } } }'
const GRANT = 'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }'
const REVOKE = 'mutation($id: ID!) { revokeRole(id: $id) { id } }'

describe.each(ENGINES)('issue visibility and rights on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let resident: string // 常阿姨, 1号楼
  let neighbour: string // 王大爷, 2号楼
  let third: string // 小李, same compound
  let grid1: string
  let admin: string
  const raise = (token: string, overrides: Record<string, unknown> = {}) =>
    t.ok(RAISE, { input: { category: 'FIRE_SAFETY', title: '消防通道被堵', description: '电动车停满了通道', buildingId: places.building('1号楼').id, isPublic: true, ...overrides } }, token)
  const idOf = async (token: string) => (await t.ok('{ viewer { id } }', {}, token)).viewer.id as string

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, neighbour, third, grid1, admin] = await Promise.all(
      ['resident-changbaoe', 'resident-zhongwang-2', 'resident-zhongwang-3', 'grid-zhongwang-1', 'admin-dongyingpan'].map((h) => t.signIn(h)),
    )
  })
  afterAll(() => t?.close())

  it('keeps a private original private when a public copy is merged into it', async () => {
    const photo = await uploadImage(t, resident)
    const secret = '家里漏电,门牌 1-101,独居老人'
    const { raiseIssue: original } = await raise(resident, { title: secret, description: '不想让邻居知道', isPublic: false, photoIds: [photo] })
    const { raiseIssue: copy } = await raise(neighbour, { title: '楼道消防通道堵了', buildingId: places.building('2号楼').id })
    await t.ok('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: copy.id }, third)
    const url = (await t.ok(ONE, { id: original.id }, resident)).issue.photos[0].url as string

    const merged = (await t.ok(DUP, { id: copy.id, o: original.id }, grid1)).markIssueDuplicate
    expect(merged.status).toBe('CLOSED')
    expect(JSON.stringify(merged.timeline)).not.toContain(secret)
    await t.ok(NOTE, { id: original.id, n: '已联系电工上门,老人情况已登记' }, grid1)

    for (const token of [neighbour, third]) {
      expect((await t.ok(ONE, { id: original.id }, token)).issue).toBeNull()
      expect((await t.ok('query($id: ID!) { issue(id: $id) { duplicateOf { id } } }', { id: copy.id }, token)).issue.duplicateOf).toBeNull()
      expect(await t.code(NOTE, { id: original.id, n: '试试' }, token)).toBe('NOT_FOUND')
      const inbox = JSON.stringify((await t.ok(INBOX, {}, token)).viewer.inbox)
      expect(inbox).not.toContain(secret)
      expect(inbox).not.toContain(original.id)
      const listed = (await t.ok('{ issues(first: 100) { edges { node { id } } } }', {}, token)).issues.edges.map((e: any) => e.node.id)
      expect(listed).not.toContain(original.id)
    }
    const followers = await t.gateway.db.selectFrom('issue_followers').select('account_id').where('issue_id', '=', original.id).execute()
    expect(followers.map((f) => f.account_id)).not.toEqual(expect.arrayContaining([await idOf(neighbour)]))
    expect(followers.map((f) => f.account_id)).not.toContain(await idOf(third))
    expect((await fetch(url)).status).toBe(200) // the reporter's own link works
    // The reporter and staff in scope still see it, with the note.
    expect((await t.ok(ONE, { id: original.id }, resident)).issue.timeline.map((e: any) => e.kind)).toContain('NOTE')
  })

  it('still lets a private copy’s reporter follow a public original they can see', async () => {
    const { raiseIssue: original } = await raise(resident, { title: '东门消防栓漏水' })
    const { raiseIssue: copy } = await raise(neighbour, { title: '消防栓漏水', buildingId: places.building('2号楼').id, isPublic: false })
    const merged = (await t.ok(DUP, { id: copy.id, o: original.id }, grid1)).markIssueDuplicate
    expect(merged.timeline.at(-1).note).toBe('与「东门消防栓漏水」重复,已合并')
    expect((await t.ok('query($id: ID!) { issue(id: $id) { viewerFollows } }', { id: original.id }, neighbour)).issue.viewerFollows).toBe(true)
  })

  it('never lets following alone open an issue: a follower who leaves the compound stops seeing it', async () => {
    const mover = await t.signIn('resident-mover')
    const { claimHousehold } = await t.ok('mutation($input: ClaimHouseholdInput!) { claimHousehold(input: $input) { id } }', { input: { buildingId: places.building('1号楼').id, unit: '9', room: '909', areaM2: 60 } }, mover)
    await t.ok('mutation($id: ID!) { reviewHouseholdClaim(id: $id, approve: true) { id } }', { id: claimHousehold.id }, grid1)
    const { raiseIssue: issue } = await raise(resident, { title: '1号楼门禁坏了' })
    await t.ok('mutation($id: ID!) { followIssue(id: $id, follow: true) { id } }', { id: issue.id }, mover)
    expect((await t.ok(ONE, { id: issue.id }, mover)).issue.id).toBe(issue.id)
    const moverId = await idOf(mover)
    await t.gateway.db.deleteFrom('household_members').where('account_id', '=', moverId).execute() // moved away
    t.gateway.viewerCache.invalidate(moverId) // as every change of households through a service does
    expect((await t.ok(ONE, { id: issue.id }, mover)).issue).toBeNull()
    await t.ok(NOTE, { id: issue.id, n: '门禁已报修' }, grid1)
    expect(JSON.stringify((await t.ok(INBOX, {}, mover)).viewer.inbox)).not.toContain(issue.id)
  })

  it('returns a revoked grid worker’s open issues to the queue with a timeline entry, and takes their access', async () => {
    const temp = await t.signIn('grid-temp', '临时网格员')
    const gridId = places.building('1号楼').grid.id
    const { grantRole } = await t.ok(GRANT, { input: { personId: await idOf(temp), role: 'GRID_WORKER', scopeId: gridId } }, admin)
    const { raiseIssue: issue } = await raise(resident, { category: 'LIGHTING', title: '家门口灯坏,私密', description: '门锁也坏了,家里常没人', isPublic: false })
    await t.ok('mutation($id: ID!, $a: ID!) { reassignIssue(id: $id, assigneeId: $a) { id } }', { id: issue.id, a: await idOf(temp) }, grid1)
    await t.ok(ADVANCE, { id: issue.id, to: 'ACCEPTED' }, temp)
    expect((await t.ok(ONE, { id: issue.id }, temp)).issue.description).toBe('门锁也坏了,家里常没人')

    await t.ok(REVOKE, { id: grantRole.id }, admin)
    expect((await t.ok(ONE, { id: issue.id }, temp)).issue).toBeNull()
    expect(await t.code(ADVANCE, { id: issue.id, to: 'IN_PROGRESS' }, temp)).toBe('NOT_FOUND')
    expect(await t.code('{ workbenchIssues { edges { node { id } } } }', {}, temp)).toBe('FORBIDDEN')
    const after = (await t.ok(ONE, { id: issue.id }, grid1)).issue
    expect(after.assignee.person.displayName).toBe('第一网格网格员')
    expect(after.timeline.at(-1)).toEqual({ kind: 'REASSIGNED', note: '原负责人岗位变动,转交 第一网格网格员 处理' })
    expect((await t.ok(ADVANCE, { id: issue.id, to: 'IN_PROGRESS' }, grid1)).advanceIssue.status).toBe('IN_PROGRESS')
  })

  it('hands a staff member’s open issues back to the queue when they delete their account', async () => {
    const temp = await t.signIn('grid-leaving', '离职网格员')
    const { grantRole } = await t.ok(GRANT, { input: { personId: await idOf(temp), role: 'GRID_WORKER', scopeId: places.building('1号楼').grid.id } }, admin)
    expect(grantRole.id).toBeTruthy()
    const { raiseIssue: issue } = await raise(resident, { category: 'LIGHTING', title: '单元门灯坏了' })
    await t.ok('mutation($id: ID!, $a: ID!) { reassignIssue(id: $id, assigneeId: $a) { id } }', { id: issue.id, a: await idOf(temp) }, grid1)
    await t.ok('mutation { deleteMyAccount }', {}, temp)
    const after = (await t.ok(ONE, { id: issue.id }, grid1)).issue
    expect(after.assignee.person.displayName).toBe('第一网格网格员')
    expect(after.timeline.at(-1)).toEqual({ kind: 'REASSIGNED', note: '原负责人岗位变动,转交 第一网格网格员 处理' })
  })

  it('keeps issues a remaining role still covers, and leaves an issue unassigned when nobody else is routed', async () => {
    const temp = await t.signIn('grid-temp-2', '临时人员')
    const personId = await idOf(temp)
    const grid2Building = places.zhongwang.buildings.find((b) => b.grid.name === '第二网格')!
    const gridRole = (await t.ok(GRANT, { input: { personId, role: 'GRID_WORKER', scopeId: grid2Building.grid.id } }, admin)).grantRole
    const stewardRole = (await t.ok(GRANT, { input: { personId, role: 'STEWARD', scopeId: places.zhongwang.id } }, admin)).grantRole
    const grid2 = await t.signIn('grid-zhongwang-2')
    const { raiseIssue: kept } = await raise(neighbour, { category: 'LIGHTING', title: '二网格路灯', buildingId: grid2Building.id })
    await t.ok('mutation($id: ID!, $a: ID!) { reassignIssue(id: $id, assigneeId: $a) { id } }', { id: kept.id, a: personId }, grid2)
    await t.ok(REVOKE, { id: gridRole.id }, admin)
    expect((await t.ok(ONE, { id: kept.id }, temp)).issue.assignee.person.displayName).toBe('临时人员') // still their steward's compound

    // The grid's only worker loses the role: the issue waits unassigned in the grid's queue.
    const grid2RoleId = (await t.ok('{ staffRoles(first: 100) { edges { node { id role person { displayName } } } } }', {}, admin)).staffRoles.edges
      .map((e: any) => e.node).find((n: any) => n.person.displayName === '第二网格网格员').id
    const { raiseIssue: orphan } = await raise(neighbour, { category: 'LIGHTING', title: '二网格楼道灯', buildingId: grid2Building.id })
    expect(orphan.assignee.person.displayName).toBe('第二网格网格员')
    await t.ok(REVOKE, { id: stewardRole.id }, admin)
    await t.ok(REVOKE, { id: grid2RoleId }, admin)
    const seen = (await t.ok(ONE, { id: orphan.id }, admin)).issue
    expect(seen.assignee).toBeNull()
    expect(seen.timeline.at(-1)).toEqual({ kind: 'REASSIGNED', note: '原负责人岗位变动,已退回待分派队列' })
    const queue = (await t.ok('{ workbenchIssues(first: 100) { edges { node { id } } } }', {}, admin)).workbenchIssues.edges.map((e: any) => e.node.id)
    expect(queue).toContain(orphan.id)
  })
})
