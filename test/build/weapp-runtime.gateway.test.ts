import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startGateway, type TestGateway } from '../gateway/harness'
import { createWeappRuntime } from './weapp/launch'

// The built mini-program, in a vm with only what WeChat offers, against a started gateway
// (SQLite, demo data) over real HTTP: the notices page's query data reaches the page's setData.

const { distDir } = inject('weappBuild')
let gateway: TestGateway
let expectedTitles: string[]

beforeAll(async () => {
  gateway = await startGateway({ name: 'sqlite' }, { LINLI_DEV_SIGNIN: '1' })
  const data = await gateway.ok<{ notices: { edges: Array<{ node: { title: string } }> } }>(
    '{ notices(first: 20) { edges { node { title } } } }',
  )
  expectedTitles = data.notices.edges.map((e) => e.node.title)
})
afterAll(() => gateway.close())

describe('weapp runtime against the gateway', () => {
  it('the notices list shows the gateway notices, signed out', async () => {
    expect(expectedTitles.length).toBeGreaterThan(0)
    const runtime = createWeappRuntime({ distDir, gatewayUrl: `${gateway.url}/graphql` })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes(JSON.stringify(expectedTitles[0]).slice(1, -1)))

    const sent = runtime.setDataText()
    for (const title of expectedTitles) expect(sent).toContain(JSON.stringify(title).slice(1, -1))
    expect(runtime.errors).toEqual([])
    expect(runtime.toasts).toEqual([])
    // Read state is about the viewer: nothing to say to a visitor who has not signed in.
    expect(sent).not.toContain('未读')
  })

  it('signed in, the page asks with the stored session and shows what the resident has not read', async () => {
    const token = await gateway.signIn('weapp-harness-resident', '测试居民')
    const runtime = createWeappRuntime({
      distDir,
      gatewayUrl: `${gateway.url}/graphql`,
      initialStorage: { 'linli.session': token },
    })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes('未读'))
    expect(runtime.requests[0].header.authorization).toBe(`Bearer ${token}`)
    expect(runtime.errors).toEqual([])
  })
})
