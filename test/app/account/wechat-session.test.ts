import { describe, expect, it, vi } from 'vitest'
import { createWeChatSession, type WeChatSessionDeps } from '@/features/account/wechat-session'

function harness(options: { stored?: string | null; exchange?: (code: string) => Promise<string> } = {}) {
  let token: string | null = options.stored ?? null
  const expiredListeners = new Set<() => void>()
  let codes = 0
  const deps = {
    login: vi.fn(async () => ({ code: `wx-code-${++codes}` })),
    exchange: vi.fn(options.exchange ?? (async (code: string) => `token-for-${code}`)),
    hasToken: () => token !== null,
    storeToken: vi.fn((next: string) => {
      token = next
    }),
    onExpired(listener: () => void) {
      expiredListeners.add(listener)
      return () => expiredListeners.delete(listener)
    },
    afterSignIn: vi.fn(),
    onFailure: vi.fn(),
  } satisfies WeChatSessionDeps
  return {
    deps,
    token: () => token,
    expire() {
      token = null
      for (const listener of expiredListeners) listener()
    },
    listeners: () => expiredListeners.size,
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('WeChat silent sign-in', () => {
  it('on launch without a session: Taro.login, then signInWithWeChat(code), then the token is stored', async () => {
    const h = harness()
    const session = createWeChatSession(h.deps)
    expect(await session.ensureSignedIn()).toBe(true)
    expect(h.deps.login).toHaveBeenCalledTimes(1)
    expect(h.deps.exchange).toHaveBeenCalledWith('wx-code-1')
    expect(h.token()).toBe('token-for-wx-code-1')
    expect(h.deps.afterSignIn).toHaveBeenCalledTimes(1)
  })

  it('with a stored session it does not call WeChat at all', async () => {
    const h = harness({ stored: 'kept' })
    expect(await createWeChatSession(h.deps).ensureSignedIn()).toBe(true)
    expect(h.deps.login).not.toHaveBeenCalled()
    expect(h.token()).toBe('kept')
  })

  it('renews when the session expires, with a fresh code', async () => {
    const h = harness()
    const stop = createWeChatSession(h.deps).start()
    await settle()
    expect(h.token()).toBe('token-for-wx-code-1')
    h.expire()
    await settle()
    expect(h.deps.login).toHaveBeenCalledTimes(2)
    expect(h.token()).toBe('token-for-wx-code-2')
    stop()
    expect(h.listeners()).toBe(0)
  })

  it('several expiries at once sign in only once', async () => {
    const h = harness({ stored: 'old' })
    const session = createWeChatSession(h.deps)
    const results = await Promise.all([session.renew(), session.renew(), session.renew()])
    expect(results).toEqual([true, true, true])
    expect(h.deps.login).toHaveBeenCalledTimes(1)
  })

  it('a refused exchange leaves the app signed out and reports it, and a later try can succeed', async () => {
    let fail = true
    const h = harness({
      exchange: async (code) => {
        if (fail) throw new Error('code2Session failed')
        return `token-for-${code}`
      },
    })
    const session = createWeChatSession(h.deps)
    expect(await session.ensureSignedIn()).toBe(false)
    expect(h.token()).toBeNull()
    expect(h.deps.onFailure).toHaveBeenCalledTimes(1)
    fail = false
    expect(await session.ensureSignedIn()).toBe(true)
    expect(h.token()).toBe('token-for-wx-code-2')
  })
})
