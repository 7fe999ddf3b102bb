import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import { textOf, walk, type RenderedNode } from './weapp/render'

// The custom tab bar (app.json tabBar.custom, src/custom-tab-bar) in the weapp build: WeChat
// makes one per tab page; it draws the five tabs with a label each, marks its own page's tab,
// switches tabs by switchTab on a tap, grows in elder mode and carries the unread badge.

const { distDir } = inject('weappBuild')
const TABS = ['首页', '报事', '议事', '活动', '我的']
let fixture: WeappFixture
const runtimes: WeappRuntime[] = []

beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(async () => {
  for (const r of runtimes) r.close()
  await fixture?.gateway.close()
})

function start(storage: Record<string, unknown> = {}): WeappRuntime {
  const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident, ...storage } })
  runtimes.push(runtime)
  return runtime
}

/** The tab items drawn: the nodes with an id tab-<name>, in order. */
function tabItems(tree: RenderedNode | undefined): RenderedNode[] {
  if (!tree) throw new Error('no custom tab bar drawn')
  return [...walk(tree)].filter((n) => typeof n.attr.id === 'string' && String(n.attr.id).startsWith('tab-'))
}

// Taro's weapp templates pass no aria attributes (see the README), so a tab is read by its words
// and its own tab told by the bold label and the selected colour the bar draws it in.
const label = (n: RenderedNode) => textOf(n).replace(/\s+/g, ' ').trim()
const selected = (items: RenderedNode[]) => items.filter((n) => [...walk(n)].some((c) => /color:\s*#b3261e/i.test(String(c.attr.style ?? '')))).map((n) => label(n).replace(/^\d+\+?/, ''))
/** A style property of the node or of its first descendant that sets it (px as a number). */
function stylePx(node: RenderedNode, property: string): number | undefined {
  for (const n of walk(node)) {
    const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([\\d.]+)px`).exec(String(n.attr.style ?? ''))
    if (match) return Number(match[1])
  }
  return undefined
}

describe('custom tab bar in the weapp build', () => {
  it('draws five labelled tabs on each tab page, its own marked; a tap switches tab with switchTab', async () => {
    const runtime = start()
    runtime.launch({ path: 'pages/home/index' })
    await runtime.waitForText('置顶公告')
    let items = tabItems(runtime.tabBar())
    expect(items.map(label)).toEqual(TABS)
    expect(selected(items)).toEqual(['首页'])

    await runtime.tapTabBar('活动')
    await runtime.waitFor(() => runtime.currentPage().route === 'pages/activities/index')
    await runtime.waitForText('众望小区冬季志愿服务日')
    // switchTab leaves one page, the tab page, with a tab bar of its own.
    expect(runtime.pages().map((p) => p.route)).toEqual(['pages/activities/index'])
    items = tabItems(runtime.tabBar())
    expect(selected(items)).toEqual(['活动'])

    await runtime.tapTabBar({ id: 'tab-issues' })
    await runtime.waitFor(() => runtime.currentPage().route === 'pages/issues/index')
    expect(selected(tabItems(runtime.tabBar()))).toEqual(['报事'])
    expect(runtime.errors).toEqual([])
    expect(runtime.missingWxApis).toEqual(new Set())
  })

  it('a page that is not a tab page has no tab bar', async () => {
    const runtime = start()
    runtime.launch({ path: 'features/notices/pages/list/index' })
    await runtime.waitForText('廉洁文化进小区')
    expect(runtime.tabBar()).toBeUndefined()
  })

  it('normal mode: 10 px labels as WeChat draws them; elder mode: items at least 60 px high and 18 px labels', async () => {
    const normal = start()
    normal.launch({ path: 'pages/home/index' })
    await normal.waitForText('置顶公告')
    for (const item of tabItems(normal.tabBar())) expect(stylePx(item, 'font-size'), label(item)).toBe(10)

    const elder = start({ 'linli.elderMode': 'on' })
    elder.launch({ path: 'pages/home/index' })
    await elder.waitForText('置顶公告')
    const items = tabItems(elder.tabBar())
    expect(items).toHaveLength(5)
    for (const item of items) {
      expect(stylePx(item, 'min-height'), label(item)).toBeGreaterThanOrEqual(60)
      expect(stylePx(item, 'font-size'), label(item)).toBeGreaterThanOrEqual(18)
    }
  })

  it("the 我的 tab carries the resident's unread count (WeChat's setTabBarBadge cannot reach a custom bar)", async () => {
    const { viewer } = await fixture.gateway.ok<{ viewer: { unreadCount: number } }>('{ viewer { unreadCount } }', {}, fixture.tokens.resident)
    expect(viewer.unreadCount).toBeGreaterThan(0)
    const runtime = start()
    runtime.launch({ path: 'pages/home/index' })
    await runtime.waitForText('置顶公告')
    await runtime.tapTabBar('我的')
    await runtime.waitForText('常阿姨，您好')
    const count = viewer.unreadCount > 99 ? '99+' : String(viewer.unreadCount)
    // The badge is drawn over the icon, before the label.
    await runtime.waitFor(() => label(tabItems(runtime.tabBar())[4]!) === `${count}我的`)
  })
})
