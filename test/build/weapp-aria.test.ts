import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime } from './weapp/launch'
import { appPages, PAGES } from './weapp/page-table'
import { bindingFor, textOf, walk } from './weapp/render'

// WeChat's screen reader speaks a node's `aria-label` (and `aria-role`): on every page of
// app.json, as a resident and as staff, every node a finger can tap (a tap binding in the tree wcc
// draws from the weapp build) carries both (config/weapp-aria.ts lets Taro's templates keep them;
// src/ui/a11y.ts sets them). The page table and demo ids are weapp-pages.test.ts's.

const { distDir } = inject('weappBuild')
const allPages = appPages(distDir)
let fixture: WeappFixture
const NOT_CONTROLS = ['input', 'textarea', 'rich-text']
const checked = { nodes: 0, pages: new Set<string>() }

beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(async () => {
  console.log(`weapp aria: ${checked.nodes} tappable nodes checked across ${checked.pages.size} pages (resident and staff)`)
  await fixture?.gateway.close()
})

describe('tappable nodes carry a label in the weapp build', () => {
  for (const route of allPages) {
    for (const role of ['resident', 'staff'] as const) {
      it(`${route} — ${role}`, async () => {
        const spec = PAGES[route]
        expect(spec, `${route} is missing from test/build/weapp/page-table.ts`).toBeDefined()
        const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens[role] } })
        try {
          runtime.launch()
          runtime.openPage(route, spec.query?.(fixture.ids) ?? {})
          await runtime.waitForText(spec.shows[role])
          await runtime.settle()
          // Text fields are read by their placeholder and value, and an article's rich-text by its words
          // (Taro's template binds tap on every rich-text); what is checked is what a finger taps to act.
          const tappable = [...walk(runtime.render())].filter((n) => bindingFor(n, 'tap') && !NOT_CONTROLS.includes(n.tag))
          checked.nodes += tappable.length
          checked.pages.add(route)
          // wcc hands attributes over camel-cased, as it does hover-class (hoverClass).
          const unlabelled = tappable.filter((n) => !String(n.attr.ariaLabel ?? '').trim() || !String(n.attr.ariaRole ?? '').trim())
          expect(unlabelled.map((n) => `${n.tag}.${String(n.attr.class ?? '')}: ${textOf(n).slice(0, 30)}`)).toEqual([])
          expect(runtime.errors).toEqual([])
        } finally {
          runtime.close()
        }
      })
    }
  }
  // Runs last (tests in a file run in order): no page was skipped and the check was not vacuous.
  it('every page was opened and its tappable nodes checked', () => {
    expect([...checked.pages].sort()).toEqual([...allPages].sort())
    expect(checked.nodes).toBeGreaterThan(allPages.length * 2 * 5)
  })
})
