import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { graphqlRequest, startCannedServer, type CannedServer } from '../app/support/graphql-server'
import { firstPage, noticesPage, secondPage } from '../app/support/notices-fixture'
import { createWeappRuntime } from './weapp/launch'

// HARNESS SELF-TEST: the built bundle in a vm with only what WeChat offers, talking over real
// HTTP to a tiny server that answers the notices query with canned data. The same harness
// against a started gateway is the real end-to-end check (weapp-runtime.gateway.test.ts).

const { distDir } = inject('weappBuild')

const weChatSession = {
  data: {
    signInWithWeChat: {
      __typename: 'Session',
      token: 'tok-from-wechat',
      expiresAt: '2026-02-01T00:00:00.000Z',
      viewer: { __typename: 'Viewer', id: 'v1', displayName: '微信用户', isStaff: false },
    },
  },
}

/** The bundle's requests for one operation (launch also sends the silent WeChat sign-in). */
const requestsFor = (runtime: { requests: Array<{ method: string; url: string; body: string }> }, operationName: string) =>
  runtime.requests.map((r) => JSON.parse(graphqlRequest(r.method, r.url, r.body)) as { operationName?: string }).filter((b) => b.operationName === operationName)
let server: CannedServer

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName, variables } = JSON.parse(req.body) as { operationName?: string; variables: { after?: string } }
    // The app signs in silently with wx.login's code on launch (src/app.ts).
    if (operationName === 'SignInWithWeChat') return { body: JSON.stringify(weChatSession) }
    return { body: JSON.stringify(variables.after ? noticesPage(secondPage, false) : noticesPage(firstPage, true)) }
  })
})
afterAll(() => server.close())

describe('weapp runtime harness (canned gateway)', () => {
  it('the notices page query data reaches the page through setData', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: server.url })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes(firstPage[1].title))

    expect(runtime.errors).toEqual([])
    const notices = requestsFor(runtime, 'NoticesList')
    expect(notices.length).toBeGreaterThanOrEqual(1)
    expect(notices[0]).toMatchObject({ variables: { first: 20 } })
    // First render is the skeleton (loading in words), then the notices.
    expect(JSON.stringify(runtime.setDataCalls[0].data)).toContain('加载中…')
    expect(runtime.setDataText()).toContain(firstPage[0].title)
    expect(runtime.setDataText()).toContain('廉洁文化')
  })

  it('reaching the bottom fetches the next page and appends it', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: server.url })
    runtime.launch()
    const page = runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes(firstPage[1].title))
    page.call('onReachBottom')
    await runtime.waitFor(() => runtime.setDataText().includes(secondPage[0].title))
    expect(requestsFor(runtime, 'NoticesList').some((b) => JSON.stringify(b).includes('"after":"cursor-n2"'))).toBe(true)
    expect(runtime.errors).toEqual([])
  })

  it('signs in silently on launch: wx.login, then signInWithWeChat with its code, and the token is stored', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: server.url, loginCode: 'harness-login-code' })
    runtime.launch()
    await runtime.waitFor(() => runtime.storage.get('linli.session') === 'tok-from-wechat')
    expect(requestsFor(runtime, 'SignInWithWeChat')).toEqual([
      expect.objectContaining({ variables: { code: 'harness-login-code' } }),
    ])
    expect(runtime.errors).toEqual([])
  })

  it('sends the stored session as a Bearer header and needs no fetch, AbortController or queueMicrotask', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: server.url, initialStorage: { 'linli.session': 'tok-weapp' } })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.requests.length > 0)
    // Apollo lower-cases header names; HTTP does not care.
    expect(runtime.requests[0].header.authorization).toBe('Bearer tok-weapp')
    expect(runtime.requests[0].header['x-linli-client']).toBe('weapp') // the gateway's CSRF header
    expect([...runtime.missingWxApis]).toEqual([])
  })

  it('a network failure is shown as the Chinese network toast', async () => {
    const closed = await startCannedServer(() => ({ body: '' }))
    await closed.close()
    const runtime = createWeappRuntime({ distDir, gatewayUrl: closed.url })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.toasts.length > 0)
    expect(runtime.toasts[0]).toMatchObject({ title: '网络连接失败，请检查网络后重试', icon: 'none' })
    await runtime.waitFor(() => runtime.setDataText().includes('公告没有加载出来'))
  })

  it('elder mode turns on from WeChat font scale inside the mini-program', async () => {
    const runtime = createWeappRuntime({ distDir, gatewayUrl: server.url, fontSizeScaleFactor: 1.4 })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes(firstPage[0].title))
    expect(runtime.setDataText()).toContain('font-size: 20px')
  })
})
