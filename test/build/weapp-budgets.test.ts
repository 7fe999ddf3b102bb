import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SETDATA_BUDGET } from './weapp/budgets'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import { countNodes } from './weapp/render'

// setData budgets measured in the harness: bytes per call (WeChat's audit flags over 256 KB),
// calls per interaction, and the drawn tree's element count (WeChat warns past 1,000), on page
// loads, taps and a notices list scrolled to 200 items. The figures are printed for the README.

const { distDir } = inject('weappBuild')
const NOTICES = 200
let fixture: WeappFixture

beforeAll(async () => {
  fixture = await startWeappFixture()
  for (let i = 1; i <= NOTICES; i++) {
    await fixture.gateway.ok(
      'mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id } }',
      { input: { communityId: fixture.ids.community, category: 'ANNOUNCEMENT', title: `第 ${i} 号通知：楼道清理安排`, body: `本周六上午 9 点起清理第 ${i} 批楼道杂物，请住户提前把自家物品收回屋内，谢谢配合。` } },
      fixture.tokens.staff,
    )
  }
}, 120_000)
afterAll(() => fixture?.gateway.close())

interface Figures { calls: number; maxBytes: number; totalBytes: number }

function figuresByInteraction(runtime: WeappRuntime): Map<string, Figures> {
  const out = new Map<string, Figures>()
  for (const call of runtime.setDataCalls) {
    const label = runtime.interactions[call.interaction]?.label ?? 'launch'
    const f = out.get(label) ?? { calls: 0, maxBytes: 0, totalBytes: 0 }
    f.calls++
    f.maxBytes = Math.max(f.maxBytes, call.bytes)
    f.totalBytes += call.bytes
    out.set(label, f)
  }
  return out
}

describe('setData budgets in the weapp harness', () => {
  it(`the notices list scrolled through ${NOTICES} notices stays within bytes per call, calls per interaction and node count`, async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident } })
    try {
      runtime.launch()
      const page = runtime.openPage('features/notices/pages/list/index')
      await runtime.waitForText('第 200 号通知')
      await runtime.settle()
      const drawn = () => (runtime.text().match(/号通知：楼道清理安排/g) ?? []).length
      const oldest = '第 1 号通知：'
      let scrolls = 0
      let loaded = 20
      while (!runtime.text().includes(oldest) && scrolls < 20) {
        runtime.interactions.push({ label: `scroll ${++scrolls}`, route: page.route })
        // A finger scrolling to the end of what is loaded: WeChat reports the scroll, then the bottom.
        page.call('onPageScroll', { scrollTop: loaded * 190 })
        await runtime.settle(50)
        page.call('onReachBottom')
        await runtime.settle(200)
        loaded += 20
      }
      expect(runtime.text()).toContain(oldest)
      expect(runtime.text()).toContain('没有更多公告了')
      const nodes = countNodes(runtime.render())
      const figures = figuresByInteraction(runtime)
      const scrollFigures = [...figures].filter(([label]) => label.startsWith('scroll'))
      const maxBytes = Math.max(...runtime.setDataCalls.map((c) => c.bytes))
      console.info(
        `[setData] notices list scrolled through ${NOTICES} notices in ${scrolls} scrolls (${drawn()} drawn at the end): ${nodes} nodes; largest call ${maxBytes} B; ` +
          `first load ${JSON.stringify(figures.get('open features/notices/pages/list/index'))}; per scroll ${scrollFigures.map(([, f]) => `${f.calls} calls/${f.maxBytes} B`).join(', ')}`,
      )
      expect(nodes).toBeLessThanOrEqual(SETDATA_BUDGET.nodes)
      expect(maxBytes).toBeLessThanOrEqual(SETDATA_BUDGET.bytesPerCall)
      for (const [label, f] of figures) expect(f.calls, label).toBeLessThanOrEqual(SETDATA_BUDGET.callsPerInteraction)
      // Back at the top, the newest are drawn again.
      page.call('onPageScroll', { scrollTop: 0 })
      await runtime.settle()
      expect(runtime.text()).toContain('第 200 号通知：')
      expect(runtime.errors).toEqual([])
    } finally {
      runtime.close()
    }
  })

  it('a tap (a category filter on the notices list) stays within the budgets', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident } })
    try {
      runtime.launch()
      runtime.openPage('features/notices/pages/list/index')
      await runtime.waitForText('第 200 号通知')
      await runtime.settle()
      await runtime.tap({ text: '廉洁文化', exact: true })
      await runtime.waitFor(() => !runtime.text().includes('号通知：楼道清理安排'))
      await runtime.settle()
      const figures = figuresByInteraction(runtime)
      const tap = [...figures].find(([label]) => label.startsWith('tap'))?.[1]
      console.info(`[setData] tap 廉洁文化 on the notices list: ${JSON.stringify(tap)}; ${countNodes(runtime.render())} nodes after`)
      expect(tap?.calls).toBeGreaterThan(0)
      expect(tap?.calls).toBeLessThanOrEqual(SETDATA_BUDGET.callsPerInteraction)
      expect(tap?.maxBytes).toBeLessThanOrEqual(SETDATA_BUDGET.bytesPerCall)
      expect(runtime.errors).toEqual([])
    } finally {
      runtime.close()
    }
  })
})
