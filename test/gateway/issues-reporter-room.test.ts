import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The grid worker at the door: an issue tells staff in scope whose home it came from and the
// reporter's phone (the app shows it masked and dials it in one tap); nobody else sees either.

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }'
const DETAIL = 'query($id: ID!) { issue(id: $id) { reporterRoom reporter { phone } viewerIsStaffInScope } }'

describe.each(ENGINES)('the reporter, for staff, on $name', (engine) => {
  let t: TestGateway
  let resident: string
  let grid: string
  let neighbour: string
  let building: string
  beforeAll(async () => {
    t = await startGateway(engine)
    building = (await demoPlaces(t)).building('1号楼').id
    ;[resident, grid, neighbour] = await Promise.all(['resident-changbaoe', 'grid-zhongwang-1', 'admin-quanxi'].map((h) => t.signIn(h)))
    await t.ok('mutation { updateProfile(input: { phone: "13911112222" }) { id } }', {}, resident)
  })
  afterAll(() => t?.close())

  it("staff in scope see the reporter's verified home and phone; the reporter and outsiders do not", async () => {
    const input = { category: 'LIGHTING', title: '楼道灯不亮', description: '三楼的灯坏了好几天了', buildingId: building, isPublic: true }
    const { raiseIssue } = await t.ok(RAISE, { input }, resident)
    const forGrid = (await t.ok(DETAIL, { id: raiseIssue.id }, grid)).issue
    expect(forGrid.viewerIsStaffInScope).toBe(true)
    expect(forGrid.reporterRoom).toMatch(/^\d+号楼 \S+单元 \S+室$/)
    expect(forGrid.reporter.phone).toBe('13911112222')
    const forHerself = (await t.ok(DETAIL, { id: raiseIssue.id }, resident)).issue
    expect(forHerself.reporterRoom).toBeNull()
    const forOutsider = (await t.ok(DETAIL, { id: raiseIssue.id }, neighbour)).issue
    expect(forOutsider?.reporterRoom ?? null).toBeNull()
    expect(forOutsider?.reporter.phone ?? null).toBeNull()
  })
})
