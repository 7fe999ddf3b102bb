import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from '../build/weapp/fixture'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// Taro's own H5 tab bar in Chromium: each tab shows its PNG icon and its word; in elder mode
// (长辈模式) every tab is at least 60 × 60 px and its label at least 18 px (src/h5.css).

const status = chromiumStatus()
if (!status.available) console.warn(`[e2e] SKIPPED: ${status.reason}`)

const TABS = ['首页', '报事', '议事', '活动', '我的']

async function measure(page: Page) {
  return page.locator('.weui-tabbar__item').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect()
      const label = item.querySelector('.weui-tabbar__label')
      const icon = item.querySelector<HTMLImageElement>('img.weui-tabbar__icon')
      return {
        label: label?.textContent?.trim() ?? '',
        width: box.width,
        height: box.height,
        fontSize: label ? Number.parseFloat(getComputedStyle(label).fontSize) : 0,
        iconWidth: icon?.naturalWidth ?? 0,
      }
    }),
  )
}

describe.skipIf(!status.available)('H5 tab bar in Chromium', () => {
  let fixture: WeappFixture
  let browser: Browser
  beforeAll(async () => {
    fixture = await startWeappFixture()
    browser = await openBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await fixture?.gateway.close()
  })

  it('five tabs with their icons and words; in elder mode each at least 60 × 60 px with an 18 px label', async () => {
    const page = browser.page
    await page.goto(`${fixture.gateway.url}/#/pages/me/index`)
    await page.locator('.weui-tabbar__item').first().waitFor()
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('img.weui-tabbar__icon')].every((i) => i.complete && i.naturalWidth > 0))
    const normal = await measure(page)
    expect(normal.map((t) => t.label)).toEqual(TABS)
    for (const tab of normal) expect(tab.iconWidth, `${tab.label} icon`).toBe(81)

    await page.locator('.taro_page:visible taro-button-core', { hasText: '开启长辈模式' }).click()
    await page.locator('.taro_page:visible taro-button-core', { hasText: '关闭长辈模式' }).waitFor()
    const elder = await measure(page)
    await screenshot(page, 'tab-bar-elder')
    for (const tab of elder) {
      expect(tab.width, `${tab.label} width`).toBeGreaterThanOrEqual(60)
      expect(tab.height, `${tab.label} height`).toBeGreaterThanOrEqual(60)
      expect(tab.fontSize, `${tab.label} label`).toBeGreaterThanOrEqual(18)
    }
    // Normal mode is Taro's usual bar: smaller than elder mode's.
    for (const tab of normal) expect(tab.fontSize, `${tab.label} label, normal`).toBeLessThan(18)
  })
})
