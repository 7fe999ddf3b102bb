import { describe, expect, it } from 'vitest'
import { chromiumStatus, screenshot } from './support/browser'
import { declaredPages, front, openRoute, signIn, text, useDemoBrowser } from './support/pages'

// The H5 app's chrome in Chromium, against the demo data: the favicon, 页面不存在 for an unknown
// route, the title bar's way back on sub-pages, the loading skeleton while a page's code is on
// its way over a slow network, and a tour of every page in normal and elder mode (长辈模式) that
// screenshots each into test-output/screenshots (tour-normal-*, tour-elder-*).

const status = chromiumStatus()
if (!status.available) console.warn(`[e2e] SKIPPED: ${status.reason}`)

describe.skipIf(!status.available)('H5 look and feel in Chromium', () => {
  const demo = useDemoBrowser()

  it('has a favicon the page links and the gateway serves', async () => {
    const page = demo.browser.page
    await page.goto(`${demo.base}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 })
    await text(page, '置顶公告').waitFor({ timeout: 60_000 })
    const href = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href)
    expect(href).toBe(`${demo.base}/favicon.svg`)
    const res = await page.request.get(href!) // the page links one: asserted just above
    expect(res.status()).toBe(200)
    expect(res.headers()['content-type']).toBe('image/svg+xml')
    expect(await res.text()).toContain('<svg')
  })

  it('shows 页面不存在 with the way home for an unknown route, not a blank screen', async () => {
    const page = demo.browser.page
    await page.goto(`${demo.base}/#/features/nothing/pages/here/index`)
    await text(page, '这个页面可能已经删除，或者链接不完整。请回到首页重新找找。').waitFor()
    await expect(front(page).getByText('页面不存在').count()).resolves.toBeGreaterThanOrEqual(1)
    await screenshot(page, 'look-01-not-found')
    await front(page).locator('taro-button-core', { hasText: '返回首页' }).click()
    await text(page, '置顶公告').waitFor()
    expect(page.url()).toContain('#/pages/home/index')
  })

  it('gives a sub-page a title bar whose back returns to the page below; opened from a link it offers 首页', async () => {
    const page = demo.browser.page
    await page.goto(`${demo.base}/#/pages/home/index`)
    await text(page, '置顶公告').waitFor()
    await screenshot(page, 'look-02-home')
    await front(page).getByRole('button', { name: '公告', exact: true }).click()
    const bar = front(page).getByRole('banner')
    await bar.getByText('公告', { exact: true }).waitFor()
    await screenshot(page, 'look-03-notices-with-title-bar')
    await bar.getByRole('button', { name: '返回' }).click()
    await text(page, '置顶公告').waitFor()
    expect(page.url()).toContain('#/pages/home/index')

    // A shared link: the only page in the stack, so the bar's button goes home.
    await page.goto(`${demo.base}/#/features/activities/pages/detail/index?id=${demo.fixture.ids.activity}`)
    await page.reload()
    const shared = front(page).getByRole('banner')
    await shared.getByText('活动详情').waitFor()
    await shared.getByRole('button', { name: '首页' }).click()
    await text(page, '置顶公告').waitFor()
  })

  it('covers the old page with a loading skeleton at once while the next page arrives over a slow network', async () => {
    const page = demo.browser.page
    await page.goto(`${demo.base}/#/pages/home/index`)
    await page.reload()
    await text(page, '置顶公告').waitFor()
    // The issues' stats page has not been loaded yet: hold its code back as a slow network would.
    let held = 0
    await page.route(/\/js\/.*\.js$/, async (route) => {
      held++
      await new Promise((resolve) => setTimeout(resolve, 2500))
      await route.continue()
    })
    try {
      const shownAfterMs = page.evaluate(() => new Promise<number>((resolve) => {
        const started = performance.now()
        const seen = () => document.querySelector('.linli-route-loading') && resolve(performance.now() - started)
        new MutationObserver(seen).observe(document.body, { childList: true, subtree: true })
        document.querySelector<HTMLElement>('.taro_page [aria-label="数据公开"]')?.click()
      }))
      const ms = await shownAfterMs
      console.log(`[look] loading skeleton shown ${ms.toFixed(0)} ms after the tap (code held back 2.5 s)`)
      await page.locator('.linli-route-loading [aria-busy="true"]').waitFor()
      await screenshot(page, 'look-04-loading-skeleton')
      expect(held).toBeGreaterThan(0)
      await text(page, /解决用时/).waitFor({ timeout: 30_000 })
      await page.locator('.linli-route-loading').waitFor({ state: 'detached' })
    } finally {
      await page.unroute(/\/js\/.*\.js$/)
    }
  })

  it('tours every page in normal and elder mode: each has content, sub-pages a title bar, and a screenshot', { timeout: 600_000 }, async () => {
    const page = demo.browser.page
    await signIn(page, demo.base, 'resident-changbaoe')
    const pages = declaredPages()
    expect(pages.length).toBeGreaterThan(30)
    for (const mode of ['normal', 'elder'] as const) {
      if (mode === 'elder') {
        await page.goto(`${demo.base}/#/pages/me/index`)
        await front(page).locator('taro-button-core', { hasText: '开启长辈模式' }).click()
        await text(page, '关闭长辈模式').waitFor()
      }
      for (const route of pages) {
        const shown = await openRoute(page, demo.base, route, demo.fixture.ids)
        const words = (await shown.innerText()).trim()
        expect(words.length, `${route} (${mode}) shows something`).toBeGreaterThan(4)
        if (!route.startsWith('pages/')) await expect(shown.getByRole('banner').count(), `${route} has a title bar`).resolves.toBe(1)
        await screenshot(page, `tour-${mode}-${route.replace(/\/index$/, '').replace(/\//g, '-')}`)
      }
    }
  })
})
