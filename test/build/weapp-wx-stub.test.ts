import { describe, expect, it } from 'vitest'
import { createWx, type WxHooks } from './weapp/wx-stub'
import { wechatApiNames } from './weapp/wx-api-names'

// The harness's wx follows WeChat's own rules where the bundle depends on them.

function stub(inTap = false, options: Parameters<typeof createWx>[2] = {}) {
  const hooks: WxHooks = {
    later: (fn) => void setTimeout(fn, 0),
    navigate: () => undefined,
    rewriteUrl: (url) => url,
    inTapGesture: () => inTap,
    launchOptions: () => ({ path: 'pages/home/index', query: {}, scene: 1001 }),
  }
  return createWx(() => ({ abort: () => undefined }), hooks, options)
}

const answer = (call: (o: Record<string, unknown>) => void, o: Record<string, unknown> = {}) =>
  new Promise<Record<string, unknown>>((resolve) => call({ ...o, success: resolve, fail: resolve }))

describe('the harness wx', () => {
  it('has every API WeChat declares as an own, enumerable property (Taro wraps Object.keys(wx), probes hasOwnProperty)', () => {
    const wx = stub().api
    const names = wechatApiNames()
    expect(names.length).toBeGreaterThan(400)
    for (const name of ['requestSubscribeMessage', 'removeTabBarBadge', 'setTabBarBadge', 'onNeedPrivacyAuthorization', 'chooseMedia', 'uploadFile', ...names]) {
      expect(Object.prototype.hasOwnProperty.call(wx, name), name).toBe(true)
    }
    expect(Object.keys(wx)).toEqual(expect.arrayContaining(['requestSubscribeMessage', 'removeTabBarBadge']))
  })

  it('records the use of an API it does not imitate, and that call fails as WeChat reports a failure', async () => {
    const w = stub()
    const result = await answer(w.api.startBluetoothDevicesDiscovery as (o: Record<string, unknown>) => void)
    expect(result.errMsg).toMatch(/^startBluetoothDevicesDiscovery:fail/)
    expect([...w.missing]).toEqual(['startBluetoothDevicesDiscovery'])
    expect((w.api as Record<string, unknown>).notAWeChatApi).toBeUndefined()
    expect(w.missing.has('notAWeChatApi')).toBe(true)
  })

  it('requestSubscribeMessage: only inside a tap, 1–3 templates, answers per template id', async () => {
    const outside = await answer(stub(false).api.requestSubscribeMessage as (o: Record<string, unknown>) => void, { tmplIds: ['t1'] })
    expect(outside).toMatchObject({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.', errCode: 20004 })
    const tooMany = await answer(stub(true).api.requestSubscribeMessage as (o: Record<string, unknown>) => void, { tmplIds: ['a', 'b', 'c', 'd'] })
    expect(tooMany).toMatchObject({ errCode: 20003 })
    const w = stub(true, { subscribeAnswer: (id) => (id === 'b' ? 'reject' : 'accept') })
    const ok = await answer(w.api.requestSubscribeMessage as (o: Record<string, unknown>) => void, { tmplIds: ['a', 'b'] })
    expect(ok).toEqual({ errMsg: 'requestSubscribeMessage:ok', a: 'accept', b: 'reject' })
  })

  it('async APIs called without callbacks return a Promise, as WeChat does', async () => {
    const w = stub()
    await expect((w.api.showToast as (o: unknown) => Promise<unknown>)({ title: '好' })).resolves.toMatchObject({ errMsg: 'showToast:ok' })
  })

  it('a privacy API waits for the listener, fails when declined', async () => {
    const w = stub(false, { privacyAgreed: false, chosenImages: [] })
    const listener: Array<(o: { event: string }) => void> = []
    ;(w.api.onNeedPrivacyAuthorization as (l: (resolve: (o: { event: string }) => void) => void) => void)((resolve) => listener.push(resolve))
    const pending = answer(w.api.chooseMedia as (o: Record<string, unknown>) => void, { count: 1 })
    expect(listener).toHaveLength(1)
    listener[0]({ event: 'disagree' })
    await expect(pending).resolves.toMatchObject({ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 })
  })
})
