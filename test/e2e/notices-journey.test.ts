import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// The foundation journey in a real browser: a resident signs in, claims a household, the
// community admin approves it from the workbench, the resident reads an integrity-culture notice
// and acknowledges it, and sees the count change; then the same notice in elder mode.

const status = chromiumStatus()
if (!status.available) console.warn(`[e2e] SKIPPED: ${status.reason}`)

const NOTICE = '廉洁文化进小区:众望小区财务收支公开'

/** Buttons and texts are Taro web components; match what a person sees, visible only (H5 keeps earlier pages hidden). */
const visibleText = (page: Page, text: string | RegExp) => page.getByText(text, { exact: typeof text === 'string' }).locator('visible=true')
const tap = async (page: Page, text: string | RegExp) => visibleText(page, text).first().click()
const input = (page: Page, placeholder: string) => page.locator(`input[placeholder="${placeholder}"]`).locator('visible=true').first()

async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await input(page, '输入账号名').fill(handle)
  await page.locator('taro-button-core', { hasText: /^登录$/ }).locator('visible=true').first().click()
  await visibleText(page, '长辈模式').first().waitFor() // 我的, where sign-in lands
}

describe.skipIf(!status.available)('H5 notices journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  let admin: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
    admin = await openBrowser()
  })
  afterAll(async () => {
    await resident?.close()
    await admin?.close()
    await gateway?.close()
  })

  it('signs in, claims a household that the admin approves, then reads and acknowledges an integrity notice', async () => {
    const page = resident.page
    await signIn(page, gateway.url, 'resident-e2e-zhao')

    await tap(page, '认领房屋')
    await tap(page, '2号楼')
    await input(page, '单元').fill('3')
    await input(page, '房号').fill('502')
    await input(page, '面积(平方米)').fill('89.5')
    await tap(page, '业主')
    await screenshot(page, '01-claim-form')
    await page.locator('taro-button-core', { hasText: '提交认证' }).locator('visible=true').first().click()
    await visibleText(page, /待审核/).first().waitFor()

    const staff = admin.page
    await signIn(staff, gateway.url, 'admin-dongyingpan')
    await staff.goto(`${gateway.url}/#/features/workbench/pages/index/index`)
    await visibleText(staff, /502/).first().waitFor()
    await screenshot(staff, '02-workbench-claims')
    await staff.locator('taro-button-core', { hasText: /^通过$/ }).locator('visible=true').first().click()
    await staff.locator('.taro-model__confirm:visible', { hasText: '通过' }).click() // approving cannot be undone, so it asks first
    await visibleText(staff, /502/).first().waitFor({ state: 'detached' })

    await page.goto(`${gateway.url}/#/pages/me/index`)
    await page.reload()
    await visibleText(page, /已通过/).first().waitFor()
    await screenshot(page, '03-me-verified')

    await page.goto(`${gateway.url}/#/features/notices/pages/list/index`)
    await tap(page, '廉洁文化')
    await tap(page, NOTICE)
    await visibleText(page, '0 人已确认阅读').first().waitFor()
    await screenshot(page, '04-notice-before-ack')
    await page.locator('taro-button-core', { hasText: '我已阅读' }).locator('visible=true').first().click()
    await visibleText(page, '1 人已确认阅读').first().waitFor()
    await visibleText(page, '已确认阅读').first().waitFor()
    await screenshot(page, '05-notice-acknowledged')

    // The gateway agrees: one acknowledgement, by this resident.
    const data = await gateway.ok<{ notices: { edges: { node: { title: string; acknowledgedCount: number; readCount: number } }[] } }>(
      '{ notices(search: "财务收支公开") { edges { node { title acknowledgedCount readCount } } } }',
    )
    expect(data.notices.edges[0]?.node).toEqual({ title: NOTICE, acknowledgedCount: 1, readCount: 1 })
  })

  it('shows the same notice in elder mode: large type, generous lines and big tap targets', async () => {
    const page = resident.page
    await page.goto(`${gateway.url}/#/pages/me/index`)
    await page.locator('taro-button-core', { hasText: '开启长辈模式' }).locator('visible=true').first().click()
    await visibleText(page, '关闭长辈模式').first().waitFor()
    await screenshot(page, '06-me-elder-mode')
    const sizes = (loc: ReturnType<Page['locator']>) => loc.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)))
    const meButtons = await sizes(page.locator('taro-button-core').locator('visible=true'))
    expect(meButtons.length).toBeGreaterThan(2)
    for (const size of meButtons) expect(size).toBeGreaterThanOrEqual(60)

    await page.goto(`${gateway.url}/#/features/notices/pages/list/index`)
    await tap(page, '廉洁文化')
    await tap(page, NOTICE)
    const acknowledged = visibleText(page, '1 人已确认阅读').first()
    await acknowledged.waitFor()
    await screenshot(page, '07-notice-elder-mode')
    const style = await acknowledged.evaluate((el) => {
      const s = getComputedStyle(el)
      return { fontSize: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) }
    })
    expect(style.fontSize).toBeGreaterThanOrEqual(18)
    expect(style.lineHeight / style.fontSize).toBeGreaterThanOrEqual(1.3)
    const title = await visibleText(page, NOTICE).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(title).toBeGreaterThanOrEqual(18)
  })
})
