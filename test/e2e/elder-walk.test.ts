import { describe, expect, it } from 'vitest'
import { elderTokens } from '../../src/ui/tokens'
import { chromiumStatus } from './support/browser'
import { measurePage, type Finding } from './support/measure'
import { declaredPages, front, openRoute, signIn, text, useDemoBrowser } from './support/pages'

// Elder mode (长辈模式), measured: with it on, every page app.config.ts declares is opened in
// Chromium, as a resident and again as the community's staff (their pages show them more), and on
// each everything a finger can tap is measured (≥ 60×60 px, with a name a screen reader speaks),
// every visible text (≥ 18 px), and what a person types into each text field (≥ 18 px too, and a
// placeholder that is not clipped). No list of selectors: support/measure.ts finds the controls.

const status = chromiumStatus()
if (!status.available) console.warn(`[e2e] SKIPPED: ${status.reason}`)

const FLOORS = { target: elderTokens.tapTarget, font: elderTokens.font.small }

describe.skipIf(!status.available)('elder mode in Chromium, every page measured', () => {
  const demo = useDemoBrowser()

  it('holds every target to 60×60 px, every text to 18 px and names every control, on every page, for a resident and for staff', { timeout: 900_000 }, async () => {
    expect(FLOORS).toEqual({ target: 60, font: 18 })
    const page = demo.browser.page
    const routes = declaredPages()
    expect(routes.length).toBeGreaterThan(30)
    const failures: string[] = []
    let where = 'sign-in'
    page.on('pageerror', (error) => failures.push(`${where}: page error ${error.message}`))
    let walked = 0
    let targets = 0
    let texts = 0
    for (const handle of ['resident-changbaoe', 'admin-dongyingpan']) {
      await signIn(page, demo.base, handle)
      await page.goto(`${demo.base}/#/pages/me/index`)
      await text(page, '长辈模式').waitFor()
      const turnOn = front(page).locator('taro-button-core', { hasText: '开启长辈模式' })
      if (await turnOn.count()) await turnOn.click()
      await text(page, '关闭长辈模式').waitFor()
      for (const route of routes) {
        where = `${handle} ${route}`
        await openRoute(page, demo.base, route, demo.fixture.ids).catch((error: Error) => {
          throw new Error(`${where} did not open: ${error.message}\n${failures.join('\n')}`)
        })
        const measured = await measurePage(page, FLOORS)
        walked++
        targets += measured.targets
        texts += measured.texts
        expect(measured.targets + measured.texts, `${route} shows something to measure`).toBeGreaterThan(0)
        failures.push(...measured.findings.map((f: Finding) => `${handle} ${route}: ${f.kind} ${f.element} — ${f.measure}`))
      }
    }
    console.log(`[elder-walk] ${walked} page visits (${routes.length} pages × resident and staff), ${targets} tap targets and ${texts} texts measured, ${failures.length} below the floor`)
    expect(failures, failures.join('\n')).toEqual([])
  })
})
