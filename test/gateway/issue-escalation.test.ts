import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { escalateOverdueIssues } from '../../gateway/modules/issues/escalation'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Overdue work goes up by the clock: grid → community admin → street office (下站街道), the handler
// still responsible; the street office sees what reached it and every community's figures.

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id dueAt } }'
const ONE = 'query($id: ID!) { issue(id: $id) { status escalationLevel escalatedTo assignee { person { displayName } } timeline { kind note } } }'
const INBOX = '{ viewer { inbox(first: 50) { edges { node { kind subjectId } } } } }'
const STREET = 'query($s: ID!) { streetEscalations(streetId: $s) { edges { node { id escalatedTo } } } }'
const HOUR = 3_600_000

describe.each(ENGINES)('issue escalation on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let resident: string
  let grid1: string
  let admin: string
  let street: string
  let streetId: string
  const inbox = async (token: string) => (await t.ok(INBOX, {}, token)).viewer.inbox.edges.map((e: any) => e.node)
  const escalate = (issueDue: string, hoursPast: number) => escalateOverdueIssues(t.gateway.db, new Date(Date.parse(issueDue) + hoursPast * HOUR), 24)

  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    ;[resident, grid1, admin, street] = await Promise.all(['resident-changbaoe', 'grid-zhongwang-1', 'admin-dongyingpan', 'street-xiazhan'].map((h) => t.signIn(h)))
    streetId = (await t.gateway.db.selectFrom('streets').select('id').where('name', '=', '下站街道').executeTakeFirstOrThrow()).id
  })
  afterAll(() => t?.close())

  it('escalates an overdue issue one level per margin, each level told, the handler still responsible', async () => {
    const { raiseIssue: issue } = await t.ok(RAISE, { input: { category: 'LIGHTING', title: '楼道灯坏了很久', description: '一直没人修', buildingId: places.building('1号楼').id, isPublic: false } }, resident)
    await escalate(issue.dueAt, -1) // not yet due
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.escalationLevel).toBe(0)
    expect(await inbox(grid1)).not.toContainEqual({ kind: 'ISSUE_OVERDUE', subjectId: issue.id })

    await escalate(issue.dueAt, 1) // overdue: the handler is told at once, nothing escalates yet
    await escalate(issue.dueAt, 2)
    expect((await inbox(grid1)).filter((m: any) => m.kind === 'ISSUE_OVERDUE' && m.subjectId === issue.id)).toHaveLength(1)
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.escalationLevel).toBe(0)

    await escalate(issue.dueAt, 25) // past the margin: the community admin
    await escalate(issue.dueAt, 25) // the same moment again changes nothing
    const first = (await t.ok(ONE, { id: issue.id }, resident)).issue
    expect(first).toMatchObject({ escalationLevel: 1, escalatedTo: '社区管理员', assignee: { person: { displayName: '第一网格网格员' } } })
    expect(first.timeline.filter((e: any) => e.kind === 'ESCALATED')).toEqual([{ kind: 'ESCALATED', note: '逾期未办结,已上报社区管理员督办' }])
    expect(await inbox(admin)).toContainEqual({ kind: 'ISSUE_ESCALATED', subjectId: issue.id })
    expect(await inbox(grid1)).toContainEqual({ kind: 'ISSUE_ESCALATED', subjectId: issue.id })
    // Not yet the street's: it neither lists nor opens the private issue.
    expect((await t.ok(STREET, { s: streetId }, street)).streetEscalations.edges).toEqual([])
    expect((await t.ok(ONE, { id: issue.id }, street)).issue).toBeNull()

    await escalate(issue.dueAt, 48) // 23 hours after the first escalation: not yet
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.escalationLevel).toBe(1)
    await escalate(issue.dueAt, 50)
    const second = (await t.ok(ONE, { id: issue.id }, street)).issue
    expect(second).toMatchObject({ escalationLevel: 2, escalatedTo: '下站街道', assignee: { person: { displayName: '第一网格网格员' } } })
    expect(second.timeline.filter((e: any) => e.kind === 'ESCALATED').map((e: any) => e.note)).toEqual(['逾期未办结,已上报社区管理员督办', '上报社区后仍未办结,已上报下站街道督办'])
    expect(await inbox(street)).toContainEqual({ kind: 'ISSUE_ESCALATED', subjectId: issue.id })
    expect((await t.ok(STREET, { s: streetId }, street)).streetEscalations.edges.map((e: any) => e.node)).toContainEqual({ id: issue.id, escalatedTo: '下站街道' })
    // Seeing is not handling: the street office cannot move it; the handler still can.
    expect(await t.code('mutation($id: ID!) { advanceIssue(id: $id, to: ACCEPTED) { id } }', { id: issue.id }, street)).toBe('FORBIDDEN')
    await escalate(issue.dueAt, 200) // the top level: nothing further
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.timeline.filter((e: any) => e.kind === 'ESCALATED')).toHaveLength(2)

    // Resolved, it counts among the escalated in the public figures.
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: ACCEPTED) { id } }', { id: issue.id }, grid1)
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: IN_PROGRESS) { id } }', { id: issue.id }, grid1)
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: RESOLVED, note: "已更换灯具") { id } }', { id: issue.id }, grid1)
    const stats = (await t.ok('query($s: ID!) { streetStats(streetId: $s) { community { name } escalatedOpenCount allTime { escalatedCount escalatedMedianHoursToResolve } } }', { s: streetId })).streetStats
    const dongyingpan = stats.find((s: any) => s.community.name === '东营盘社区')
    expect(dongyingpan.allTime.escalatedCount).toBe(1)
    expect(dongyingpan.allTime.escalatedMedianHoursToResolve).toBeGreaterThanOrEqual(0)
    expect(stats.length).toBeGreaterThan(1) // the street's communities side by side
    expect(stats.map((s: any) => s.community.name)).not.toContain('新华东街社区') // 南山路街道's
  })

  it('leaves resolved issues alone and refuses the street list to anyone but its office', async () => {
    const { raiseIssue: issue } = await t.ok(RAISE, { input: { category: 'LIGHTING', title: '路灯闪烁', description: '忽明忽暗', buildingId: places.building('1号楼').id, isPublic: true } }, resident)
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: ACCEPTED) { id } }', { id: issue.id }, grid1)
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: IN_PROGRESS) { id } }', { id: issue.id }, grid1)
    await t.ok('mutation($id: ID!) { advanceIssue(id: $id, to: RESOLVED, note: "修好了") { id } }', { id: issue.id }, grid1)
    await escalate(issue.dueAt, 100)
    expect((await t.ok(ONE, { id: issue.id }, resident)).issue.escalationLevel).toBe(0)
    expect(await t.code(STREET, { s: streetId }, admin)).toBe('FORBIDDEN')
    expect(await t.code(STREET, { s: streetId })).toBe('UNAUTHENTICATED')
  })
})
