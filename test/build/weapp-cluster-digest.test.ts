import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildDigests } from '../../gateway/modules/notify/digest'
import { newBuilding, seedHouseholds } from '../gateway/consult-fixture'
import { demoPlaces } from '../gateway/harness'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import type { WeappRuntimeOptions } from './weapp/launch'

// Issue 15's two journeys by taps in the built mini-program: the committee turns a cluster of
// issues into a proposal and the reporter's issue shows it; a resident puts notices in the daily
// digest, receives it, and taps its line to the notice.

const { distDir } = inject('weappBuild')
let fixture: WeappFixture
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

function start(token: string, options: Partial<WeappRuntimeOptions> = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': token }, ...options })
  runtimes.push(runtime)
  return runtime
}

describe('weapp: cluster → proposal, settings → digest', () => {
  it('the committee turns a cluster into a proposal by taps, and the linked issue shows it', async () => {
    const t = fixture.gateway
    const places = await demoPlaces(t)
    const building = await newBuilding(t, places.zhongwang.id, '小程序聚集楼')
    const households = await seedHouseholds(t, building, 'wx-cluster', 4)
    const tokens = await Promise.all(households.map((h) => t.signIn(h.handles[0]!)))
    const committee = await t.signIn('committee-zhongwang')
    await t.ok('mutation($c: ID!) { updateClusterSettings(compoundId: $c, threshold: 4, radiusM: 30) { clusterThreshold } }', { c: places.zhongwang.id }, committee)
    const issueId = (await t.ok<{ raiseIssue: { id: string } }>('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }',
      { input: { category: 'SANITATION', title: '南侧垃圾没人清', description: '堆了好几天', buildingId: building, spot: '南侧', isPublic: true } }, tokens[0])).raiseIssue.id
    for (const token of tokens.slice(1)) await t.ok('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issueId }, token)
    const title = '关于小程序聚集楼南侧环境卫生问题的议事'

    const staff = start(committee)
    staff.launch({ path: 'features/consult/pages/clusters/index' })
    await staff.waitForText(title)
    await staff.waitForText('4 户反映')
    await staff.tap({ text: '发起议事', exact: true })
    await staff.waitFor(() => staff.currentPage().route === 'features/consult/pages/detail/index')
    await staff.waitForText('相关报事')
    await staff.waitForText('南侧垃圾没人清')

    const reporter = start(tokens[0]!)
    reporter.launch({ path: 'features/issues/pages/detail/index', query: { id: issueId } })
    await reporter.waitForText(`「${title}」起草中`)
    await reporter.waitForText('相关议事')
    for (const r of [staff, reporter]) {
      expect(r.errors).toEqual([])
      expect(r.templateWarnings).toEqual([])
    }
  })

  it('sets notices to the daily digest by a tap, then opens the digest line to the notice', async () => {
    const t = fixture.gateway
    const places = await demoPlaces(t)
    const [household] = await seedHouseholds(t, await newBuilding(t, places.zhongwang.id, '小程序汇总楼'), 'wx-digest', 1)
    const token = await t.signIn(household!.handles[0]!)
    const resident = start(token)
    resident.launch({ path: 'features/account/pages/notifications/index' })
    await resident.waitForText('每日汇总时间（北京时间）')
    // The fourth row of chips is 公告 (my issues, proposals, activities, notices, work).
    await resident.tap({ text: '每日汇总', exact: true, index: 3 })
    const settings = () => t.ok<{ viewer: { notificationSettings: { notices: string; myIssues: string } } }>('{ viewer { notificationSettings { notices myIssues } } }', {}, token)
    expect((await settings()).viewer.notificationSettings).toEqual({ notices: 'DIGEST', myIssues: 'AT_ONCE' })

    const steward = await t.signIn('steward-zhongwang')
    await t.ok('mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }',
      { input: { communityId: places.dongyingpan.id, compoundId: places.zhongwang.id, category: 'ANNOUNCEMENT', title: '周日上午停水检修', body: '<p>请提前储水</p>' } }, steward)
    expect(await buildDigests(t.gateway.db, new Date(Date.now() + 86_400_000))).toBeGreaterThanOrEqual(1)

    resident.openPage('features/account/pages/inbox/index')
    await resident.waitForText('今日汇总:1 条新消息')
    await resident.tap({ text: '新社区公告', exact: true })
    await resident.waitFor(() => resident.currentPage().route === 'features/notices/pages/detail/index')
    await resident.waitForText('周日上午停水检修')
    expect(resident.errors).toEqual([])
    expect(resident.templateWarnings).toEqual([])
  })
})
