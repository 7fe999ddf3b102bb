import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startWeappFixture, type WeappFixture } from './weapp/fixture'
import { createWeappRuntime, type WeappRuntime } from './weapp/launch'
import { textOf, walk, type RenderedNode } from './weapp/render'

// The resident's side of the roster driven by taps in the weapp build: from the passed east-gate
// lights vote open the 公示 (units and areas, no names; her own entry whole), load further pages,
// then the receipt check: type her own receipt code, see it found with the choice it carries.

const { distDir } = inject('weappBuild')
let fixture: WeappFixture
let runtime: WeappRuntime

beforeAll(async () => {
  fixture = await startWeappFixture()
})
afterAll(async () => {
  runtime?.close()
  await fixture?.gateway.close()
})

const nodes = (className: string): RenderedNode[] => [...walk(runtime.render())].filter((n) => String(n.attr.class ?? '').split(/\s+/).includes(className))
const rows = (className: string) => nodes(className).length

describe('the resident’s 公示 and receipt check by taps', () => {
  it('opens the 公示, pages through it, then finds her own receipt with its choice', async () => {
    const id = fixture.ids.ownersVote
    const own = await fixture.gateway.ok<{ proposal: { viewerBallot: { receipt: string } } }>('query($id: ID!) { proposal(id: $id) { viewerBallot { receipt } } }', { id }, fixture.tokens.resident)
    const receipt = own.proposal.viewerBallot.receipt
    runtime = createWeappRuntime({ distDir, gatewayUrl: fixture.graphqlUrl, initialStorage: { 'linli.session': fixture.tokens.resident } })
    runtime.launch({ path: 'features/consult/pages/detail/index', query: { id } })

    await runtime.waitForText('查看业主名册公示')
    await runtime.tap({ text: '查看业主名册公示', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/roster/pages/roster/index')
    await runtime.waitForText('1号楼 1单元 101室 · 86.50 ㎡')
    const shown = runtime.text()
    expect(shown).toContain('1号楼 1单元 101室 · 我家')
    expect(shown).toContain('业主:') // her own entry, whole
    // Every row of the list: unit and area, no name.
    for (const row of nodes('roster-row')) expect(textOf(row)).toMatch(/^\d+号楼 \S+单元 \S+室( · 我家)?\d+\.\d{2} ㎡$/)
    expect(rows('roster-row')).toBe(30)
    await runtime.tap({ text: '加载更多', exact: true })
    await runtime.waitFor(() => rows('roster-row') === 60)

    ;(runtime.wx.api.navigateBack as (o: object) => void)({})
    await runtime.waitFor(() => runtime.currentPage().route === 'features/consult/pages/detail/index')
    await runtime.tap({ text: '核对计票明细(回执码)', exact: true })
    await runtime.waitFor(() => runtime.currentPage().route === 'features/roster/pages/results/index')
    await runtime.waitForText(`您家的回执码:${receipt}`)
    await runtime.waitForText('共 101 张计入的选票')
    expect(rows('receipt-row')).toBeGreaterThan(0)
    await runtime.input('输入回执码(前几位也可以)', receipt.toLowerCase())
    await runtime.tap({ text: '查找', exact: true })
    await runtime.waitForText('✓ 找到了:您的选票按“同意”计入')
    expect(rows('receipt-row')).toBe(1)
    expect(runtime.text()).toContain(receipt)

    await runtime.input('输入回执码(前几位也可以)', 'ZZZZZZZZZZ')
    await runtime.tap({ text: '查找', exact: true })
    await runtime.waitForText('没有找到这个回执码')
    expect(rows('receipt-row')).toBe(0)
    expect(runtime.errors).toEqual([])
    expect([...runtime.missingWxApis]).toEqual([])
  })
})
