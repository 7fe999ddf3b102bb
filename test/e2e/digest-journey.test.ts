import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDigests } from '../../gateway/modules/notify/digest'
import { newBuilding, seedHouseholds } from '../gateway/consult-fixture'
import { demoPlaces, startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'
import { front, signIn, text } from './support/h5'

// 消息设置 → 每日汇总 in a real browser: a resident puts notices in the daily digest; the steward
// publishes one; the digest (the periodic task, run here directly) holds it as a line; the resident
// opens the digest in 消息 and taps the line to the notice.

const status = chromiumStatus()
const NOTICE = '本周六上午楼道清理'

describe.skipIf(!status.available)('H5 settings → digest journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
  })
  afterAll(async () => {
    await resident?.close()
    await gateway?.close()
  })

  it('sets notices to the daily digest, receives the digest and opens its line', async () => {
    const places = await demoPlaces(gateway)
    const [household] = await seedHouseholds(gateway, await newBuilding(gateway, places.zhongwang.id, '汇总旅程楼'), 'e2e-digest', 1)
    const handle = household!.handles[0]!
    const page = resident.page
    await signIn(page, gateway.url, handle)
    await page.goto(`${gateway.url}/#/features/account/pages/notifications/index`)
    // The chips of 公告 (notices): 立即 / 每日汇总 / 关闭.
    const notices = front(page).getByText('公告', { exact: true }).first().locator('xpath=..')
    await notices.getByText('每日汇总', { exact: true }).click()
    await page.getByText('已保存').first().waitFor()
    await screenshot(page, 'digest-01-settings')
    const token = await gateway.signIn(handle)
    const settings = await gateway.ok<{ viewer: { notificationSettings: { notices: string; proposals: string } } }>('{ viewer { notificationSettings { notices proposals } } }', {}, token)
    expect(settings.viewer.notificationSettings).toEqual({ notices: 'DIGEST', proposals: 'AT_ONCE' })

    const steward = await gateway.signIn('steward-zhongwang')
    const noticeId = (await gateway.ok<{ publishNotice: { id: string } }>('mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }',
      { input: { communityId: places.dongyingpan.id, compoundId: places.zhongwang.id, category: 'ANNOUNCEMENT', title: NOTICE, body: '<p>请把楼道杂物收回家中</p>' } }, steward)).publishNotice.id
    const waiting = await gateway.ok<{ viewer: { inbox: { edges: { node: { subjectId: string | null } }[] } } }>('{ viewer { inbox(first: 20) { edges { node { subjectId } } } } }', {}, token)
    expect(waiting.viewer.inbox.edges.map((e) => e.node.subjectId)).not.toContain(noticeId) // waits for the digest

    // The periodic task, a day on: well past the resident's digest time (20:00 Beijing).
    expect(await buildDigests(gateway.gateway.db, new Date(Date.now() + 86_400_000))).toBeGreaterThanOrEqual(1)
    await page.goto(`${gateway.url}/#/features/account/pages/inbox/index`)
    await text(page, '今日汇总:1 条新消息').waitFor()
    await screenshot(page, 'digest-02-inbox')
    await text(page, '新社区公告').click()
    await text(page, NOTICE).waitFor()
    await front(page).getByText('请把楼道杂物收回家中').first().waitFor()
    await screenshot(page, 'digest-03-notice')
  })
})
