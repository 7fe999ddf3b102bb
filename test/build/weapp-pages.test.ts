import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createWeappRuntime } from './weapp/launch'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { countNodes } from './weapp/render'
import { appPages, PAGES } from './weapp/page-table'
import { SETDATA_BUDGET } from './weapp/budgets'

// Every page in dist/weapp/app.json, run in the harness against a started gateway and drawn by
// wcc's render function from the data setData gave it: signed out, as a resident and as staff.
// A page passes when it threw nothing, used no WeChat API the harness lacks, stayed inside the
// setData budgets and shows its main content — words a person would see, read from the tree.

const { distDir } = inject('weappBuild')
const allPages = appPages(distDir)

let fixture: WeappFixture
beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(() => fixture?.gateway.close())

describe('every page of app.json renders in the weapp harness', () => {
  it('the table below covers exactly the pages app.json declares', () => {
    expect(Object.keys(PAGES).sort()).toEqual([...allPages].sort())
  })

  for (const route of allPages) {
    for (const role of ['signedOut', 'resident', 'staff'] as const) {
      it(`${route} — ${role}`, async () => {
        const spec = PAGES[route]
        const token = role === 'signedOut' ? undefined : fixture.tokens[role]
        const runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: token ? { 'linli.session': token } : {} })
        try {
          runtime.launch()
          runtime.openPage(route, spec.query?.(fixture.ids) ?? {})
          await runtime.waitForText(spec.shows[role])
          await runtime.settle()
          const tree = runtime.render()
          expect(runtime.text()).toContain(spec.shows[role])
          expect(runtime.errors).toEqual([])
          expect([...runtime.missingWxApis]).toEqual([])
          expect(runtime.templateWarnings).toEqual([])
          expect(countNodes(tree)).toBeLessThanOrEqual(SETDATA_BUDGET.nodes)
          for (const call of runtime.setDataCalls) expect(call.bytes).toBeLessThanOrEqual(SETDATA_BUDGET.bytesPerCall)
        } finally {
          runtime.close()
        }
      })
    }
  }
})
