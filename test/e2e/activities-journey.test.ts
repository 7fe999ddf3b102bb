import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// 活动报名 in a real browser: a link shared into the group chat opens the activity in a fresh
// browser, the visitor signs in and lands back on it, signs up, sees the confirmation with its
// check-in code and QR code; staff check the code in at the door.

const status = chromiumStatus()
const TITLE = '庆元旦手工DIY:艾草锤子'

const front = (page: Page) => page.locator('.taro_page:visible').last()
const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

describe.skipIf(!status.available)('H5 活动报名 journey in Chromium', () => {
  let gateway: TestGateway
  let visitor: Browser
  let staff: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    visitor = await openBrowser()
    staff = await openBrowser()
  })
  afterAll(async () => {
    await visitor?.close()
    await staff?.close()
    await gateway?.close()
  })

  it('opens a shared activity signed out, signs in back to it, signs up with a QR code, and staff check it in once', async () => {
    const communities = await gateway.ok<{ communities: { id: string; name: string }[] }>('{ communities { id name } }')
    const hongchenghe = communities.communities.find((c) => c.name === '洪城河社区')
    const list = await gateway.ok<{ activities: { edges: { node: { id: string; title: string; confirmedSeats: number } }[] } }>(
      'query($c: ID!) { activities(filter: { communityId: $c }, first: 50) { edges { node { id title confirmedSeats } } } }',
      { c: hongchenghe?.id },
    )
    const activity = list.activities.edges.map((e) => e.node).find((a) => a.title === TITLE)
    expect(activity).toBeDefined()
    const page = visitor.page
    await page.goto(`${gateway.url}/#/features/activities/pages/detail/index?id=${activity!.id}`)
    await text(page, TITLE).waitFor()
    await screenshot(page, 'activities-01-shared-signed-out')
    await button(page, '登录后报名').click()
    await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill('resident-e2e-hongchenghe')
    await button(page, /^登录$/).click()
    await button(page, '立即报名').waitFor() // back on the activity, ready to sign up
    await front(page).locator('input[placeholder="请填写姓名"]').fill('艾大妈')
    await front(page).locator('input[placeholder="请填写联系电话"]').fill('13812345678')
    await button(page, '立即报名').click()
    await text(page, /已报名/).waitFor()
    await text(page, '签到码').waitFor()
    await front(page).locator('canvas').first().waitFor()
    await screenshot(page, 'activities-02-confirmed-with-qr')

    const registration = await gateway.ok<{ activity: { viewerRegistration: { status: string; checkInCode: string } } }>(
      'query($id: ID!) { activity(id: $id) { viewerRegistration { status checkInCode } } }',
      { id: activity!.id },
      await gateway.signIn('resident-e2e-hongchenghe'),
    )
    const code = registration.activity.viewerRegistration.checkInCode
    expect(registration.activity.viewerRegistration.status).toBe('CONFIRMED')
    await expect(text(page, code).isVisible()).resolves.toBe(true)

    const door = staff.page
    await door.goto(`${gateway.url}/#/features/account/pages/sign-in/index`)
    await door.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill('admin-hongchenghe')
    await button(door, /^登录$/).click()
    await text(door, '长辈模式').waitFor()
    await door.goto(`${gateway.url}/#/features/activities/pages/check-in/index`)
    await front(door).locator('input[placeholder="输入签到码"]').fill(code.toLowerCase())
    await button(door, /^签到$/).click()
    await text(door, /签到成功/).waitFor()
    await screenshot(door, 'activities-03-checked-in')
    await front(door).locator('input[placeholder="输入签到码"]').fill(code)
    await button(door, /^签到$/).click()
    await text(door, /已经签到过了/).waitFor()

    const after = await gateway.ok<{ activity: { viewerRegistration: { status: string }; confirmedSeats: number } }>(
      'query($id: ID!) { activity(id: $id) { confirmedSeats viewerRegistration { status } } }',
      { id: activity!.id },
      await gateway.signIn('resident-e2e-hongchenghe'),
    )
    expect(after.activity).toEqual({ confirmedSeats: activity!.confirmedSeats + 1, viewerRegistration: { status: 'ATTENDED' } })
  })
})
