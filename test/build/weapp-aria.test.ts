import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import { bindingFor, textOf, walk } from './weapp/render'

// WeChat's screen reader speaks a node's `aria-label` (and `aria-role`): every node a finger can
// tap on these pages, as wcc draws them from the weapp build, carries both (config/weapp-aria.ts
// lets Taro's templates keep them; src/ui/a11y.ts sets them).

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

describe('tappable nodes carry a label in the weapp build', () => {
  it.each([
    ['pages/consult/index', '议事'],
    ['features/notices/pages/list/index', '廉洁文化'],
  ])('%s', async (route, shown) => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident } })
    runtimes.push(runtime)
    runtime.launch({ path: route })
    await runtime.waitForText(shown)
    await runtime.settle()
    // Text fields are read by their placeholder and value; what is checked is what a finger taps to act.
    const tappable = [...walk(runtime.render())].filter((n) => bindingFor(n, 'tap') && !['input', 'textarea'].includes(n.tag))
    expect(tappable.length).toBeGreaterThan(3)
    // wcc hands attributes over camel-cased, as it does hover-class (hoverClass).
    const unlabelled = tappable.filter((n) => !String(n.attr.ariaLabel ?? '').trim() || !String(n.attr.ariaRole ?? '').trim())
    expect(unlabelled.map((n) => `${n.tag}: ${textOf(n).slice(0, 30)}`)).toEqual([])
    expect(runtime.errors).toEqual([])
  })
})
