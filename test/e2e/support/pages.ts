import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { startWeappFixture, type WeappFixture } from '../../build/weapp/fixture'
import { openBrowser, type Browser } from './browser'

// What the page tours share: the routes app.config.ts declares, the demo item each route that needs
// an id opens (looked up through the gateway by the fixture), and the development sign-in.

export const front = (page: Page) => page.locator('.taro_page:visible').last()
export const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()

/** Every page app.config.ts declares (tab pages first, then each subpackage's), read from its source. */
export function declaredPages(): string[] {
  const source = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'src', 'app.config.ts'), 'utf8')
  const list = (s: string) => [...s.matchAll(/'([^']+)'/g)].map((m) => m[1]!)
  const tabs = list(/pages:\s*\[([^\]]*)\]/.exec(source)![1]!) // app.config.ts always declares pages first
  const subs = [...source.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)].flatMap((m) => list(m[2]!).map((p) => m[1]! + p))
  return [...tabs, ...subs]
}

type Ids = WeappFixture['ids']
const QUERIES: Record<string, (ids: Ids) => string> = {
  'features/notices/pages/detail/index': (ids) => `id=${ids.notice}`,
  'features/issues/pages/detail/index': (ids) => `id=${ids.issue}`,
  'features/issues/pages/stats/index': (ids) => `communityId=${ids.community}`,
  'features/consult/pages/detail/index': (ids) => `id=${ids.proposal}`,
  'features/roster/pages/results/index': (ids) => `id=${ids.ownersVote}`,
  'features/roster/pages/roster/index': (ids) => `compoundId=${ids.compound}`,
  'features/roster/pages/ballots/index': (ids) => `id=${ids.ownersVote}`,
  'features/roster/pages/import/index': (ids) => `compoundId=${ids.compound}`,
  'features/roster/pages/unit/index': (ids) => `compoundId=${ids.compound}`,
  'features/roster/pages/proxies/index': (ids) => `compoundId=${ids.compound}`,
  'features/roster/pages/proxy-vote/index': (ids) => `id=${ids.ownersVote}`,
  'features/activities/pages/detail/index': (ids) => `id=${ids.activity}`,
  'features/activities/pages/registrations/index': (ids) => `id=${ids.activity}`,
  'features/activities/pages/check-in/index': (ids) => `id=${ids.activity}`,
  'features/finances/pages/entry/index': (ids) => `id=${ids.financeEntry}`,
}

/** A route's address with the demo item it needs, e.g. `features/notices/pages/detail/index?id=…`. */
export function routeWithQuery(route: string, ids: Ids): string {
  const query = QUERIES[route]?.(ids)
  return query ? `${route}?${query}` : route
}

/** Opens a route fresh (reloaded, so it is the only page) and waits until its data has arrived. */
export async function openRoute(page: Page, base: string, route: string, ids: Ids) {
  await page.goto(`${base}/#/${routeWithQuery(route, ids)}`)
  await page.reload()
  const shown = front(page)
  await shown.waitFor()
  await page.locator('.linli-route-loading').waitFor({ state: 'detached' })
  await shown.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 8_000 }).catch(() => undefined)
  return shown
}

export async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await front(page).locator('input[placeholder="输入账号名"]').fill(handle)
  await front(page).locator('taro-button-core', { hasText: /^登录$/ }).click()
  await text(page, '长辈模式').waitFor()
}

export interface DemoBrowser { fixture: WeappFixture; browser: Browser; base: string }

/** For a describe block: the demo gateway (fixture ids) and a fresh phone-sized Chromium, closed after. */
export function useDemoBrowser(): DemoBrowser {
  const demo = {} as DemoBrowser
  beforeAll(async () => {
    demo.fixture = await startWeappFixture()
    demo.base = demo.fixture.gateway.url
    demo.browser = await openBrowser()
  })
  afterAll(async () => {
    await demo.browser?.close()
    await demo.fixture?.gateway.close()
  })
  return demo
}
