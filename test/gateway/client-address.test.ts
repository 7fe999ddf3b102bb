import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../gateway/config'
import { clientAddress, isLocalClient, isLoopback, requestOrigin } from '../../gateway/http/forwarded'
import { ENGINES, startGateway, type TestGateway } from './harness'

// Who the client is behind trusted proxies, and the dev sign-in that depends on it (fail closed).

const SIGN_IN = 'mutation { signInDev(handle: "admin-dongyingpan") { token } }'

/** signInDev's first error code (undefined: signed in), sent with the given proxy headers. */
async function signInFrom(t: TestGateway, headers: Record<string, string> = {}): Promise<string | undefined> {
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-linli-client': 'test', ...headers }, body: JSON.stringify({ query: SIGN_IN }) })
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] }
  return body.errors?.[0]?.extensions?.code
}

describe('the client address and scheme behind trusted proxies', () => {
  let server: http.Server
  let base = ''
  beforeAll(async () => {
    // A real HTTP server answering what the gateway would make of each request.
    server = http.createServer((req, res) => {
      const hops = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('hops'))
      res.end(JSON.stringify({ ip: clientAddress(req, hops), origin: requestOrigin(req, hops), local: isLocalClient(req, hops) }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}` // listening on a TCP port, so the address is an AddressInfo
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const seen = async (hops: number, headers: Record<string, string>) => (await (await fetch(`${base}/?hops=${hops}`, { headers })).json()) as { ip: string; origin: string; local: boolean }

  it('ignores the headers with no trusted hop', async () => {
    expect(await seen(0, { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' })).toMatchObject({ ip: '127.0.0.1', origin: `http://${base.slice(7)}` })
  })

  it('judges a client local only on loopback with no proxy beyond the trusted ones', async () => {
    expect((await seen(0, {})).local).toBe(true)
    // A proxy on this machine nobody configured: the socket says loopback, the headers say otherwise.
    expect((await seen(0, { 'x-forwarded-for': '203.0.113.9' })).local).toBe(false)
    expect((await seen(0, { 'x-real-ip': '203.0.113.9' })).local).toBe(false)
    expect((await seen(0, { forwarded: 'for=203.0.113.9' })).local).toBe(false)
    expect((await seen(1, { 'x-forwarded-for': '127.0.0.1' })).local).toBe(true)
    expect((await seen(1, { 'x-forwarded-for': '127.0.0.1, 127.0.0.1' })).local).toBe(false)
    expect((await seen(1, { 'x-forwarded-for': '203.0.113.9' })).local).toBe(false)
  })

  it('takes the rightmost address our proxy added, whatever the client put left of it', async () => {
    expect((await seen(1, { 'x-forwarded-for': '198.51.100.7' })).ip).toBe('198.51.100.7')
    expect((await seen(1, { 'x-forwarded-for': '127.0.0.1, 1.2.3.4, 198.51.100.7' })).ip).toBe('198.51.100.7')
    expect((await seen(2, { 'x-forwarded-for': '127.0.0.1, 198.51.100.7, 10.0.0.2' })).ip).toBe('198.51.100.7')
    expect((await seen(2, { 'x-forwarded-for': '198.51.100.7' })).ip).toBe('198.51.100.7') // a shorter chain: the leftmost our proxies wrote
  })

  it('takes the scheme the outermost trusted proxy wrote', async () => {
    expect((await seen(1, { 'x-forwarded-proto': 'https' })).origin).toMatch(/^https:\/\//)
    expect((await seen(1, { 'x-forwarded-proto': 'http, https' })).origin).toMatch(/^https:\/\//) // the client's own "http" is ignored
    expect((await seen(2, { 'x-forwarded-proto': 'https, http' })).origin).toMatch(/^https:\/\//)
    expect((await seen(1, { 'x-forwarded-proto': 'javascript' })).origin).toMatch(/^http:\/\//)
  })

  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true)
    expect(['10.0.0.1', '::ffff:10.0.0.1', '203.0.113.9', 'unknown', '1270.0.0.1'].some(isLoopback)).toBe(false)
  })

  it('reads LINLI_TRUSTED_PROXY_HOPS, keeps LINLI_TRUST_PROXY as one hop, and fails closed by default', () => {
    expect(loadConfig({}).trustedProxyHops).toBe(0)
    expect(loadConfig({}).devSignIn).toBe('off')
    expect(loadConfig({ LINLI_TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2)
    expect(loadConfig({ LINLI_TRUST_PROXY: 'true' }).trustedProxyHops).toBe(1)
    expect(() => loadConfig({ LINLI_TRUST_PROXY: 'true', LINLI_TRUSTED_PROXY_HOPS: '2' })).toThrow(ConfigError)
    expect(loadConfig({ LINLI_DEV_SIGNIN: '1' }).devSignIn).toBe('loopback')
    expect(loadConfig({ LINLI_DEV_SIGNIN: 'any' }).devSignIn).toBe('any')
    expect(loadConfig({ NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!', LINLI_DEV_SIGNIN: 'any' }).devSignIn).toBe('off')
    expect(loadConfig({}).rateLimits).toMatchObject({ issue: { limit: 10, periodSeconds: 3600 }, comment: { limit: 60, periodSeconds: 3600 }, claim: { limit: 10, periodSeconds: 86_400 } })
  })
})

describe.each(ENGINES)('sign-in buckets behind proxies ($name)', (engine) => {
  it('keeps one bucket per client however X-Forwarded-For is spoofed, and honours the hop count', async () => {
    const direct = await startGateway(engine, { RATE_LIMIT_SIGNIN_PER_MINUTE: '2', LINLI_DEV_SIGNIN: 'any' })
    const proxied = await startGateway(engine, { RATE_LIMIT_SIGNIN_PER_MINUTE: '2', LINLI_TRUSTED_PROXY_HOPS: '1', LINLI_DEV_SIGNIN: 'any' })
    try {
      const spoofs = ['127.0.0.2', '127.0.0.3', '127.0.0.4'].map((ip) => ({ 'x-forwarded-for': ip }))
      const directCodes = [await signInFrom(direct, spoofs[0]), await signInFrom(direct, spoofs[1]), await signInFrom(direct, spoofs[2])]
      expect(directCodes).toEqual([undefined, undefined, 'RATE_LIMITED'])
      const behind = (left: string) => ({ 'x-forwarded-for': `${left}, 198.51.100.7` })
      const proxiedCodes = [await signInFrom(proxied, behind('1.1.1.1')), await signInFrom(proxied, behind('2.2.2.2')), await signInFrom(proxied, behind('3.3.3.3'))]
      expect(proxiedCodes).toEqual([undefined, undefined, 'RATE_LIMITED'])
      expect(await signInFrom(proxied, { 'x-forwarded-for': '198.51.100.8' })).toBeUndefined() // another client behind the same proxy
    } finally {
      await Promise.all([direct.close(), proxied.close()])
    }
  })
})

describe.each(ENGINES)('dev sign-in fails closed ($name)', (engine) => {
  it('is refused when not enabled, and through a proxy nobody told the gateway about', async () => {
    const [off, on] = await Promise.all([startGateway(engine, { LINLI_DEV_SIGNIN: '0' }), startGateway(engine, { LINLI_DEV_SIGNIN: '1' })])
    try {
      expect(await signInFrom(off)).toBe('FORBIDDEN')
      expect(await signInFrom(on)).toBeUndefined()
      expect(await signInFrom(on, { 'x-forwarded-for': '203.0.113.9' })).toBe('FORBIDDEN')
    } finally {
      await Promise.all([off.close(), on.close()])
    }
  })

  it('is allowed on loopback when enabled, refused from a client beyond the trusted proxy, and says so loudly at start', async () => {
    const lines: string[] = []
    const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => void (lines.push(chunk.toString()), done()) }))
    const t = await startGateway(engine, { LINLI_DEV_SIGNIN: '1', LINLI_TRUSTED_PROXY_HOPS: '1' }, { log })
    try {
      expect(lines.filter((l) => JSON.parse(l).level === 40 && l.includes('DEV SIGN-IN IS ON'))).toHaveLength(1)
      expect(await signInFrom(t, { 'x-forwarded-for': '127.0.0.1' })).toBeUndefined() // the proxy on this machine forwards a local client
      expect(await signInFrom(t, { 'x-forwarded-for': '203.0.113.9' })).toBe('FORBIDDEN')
      expect(await signInFrom(t, { 'x-forwarded-for': '127.0.0.1, 203.0.113.9' })).toBe('FORBIDDEN') // the client's own 127.0.0.1 counts for nothing
    } finally {
      await t.close()
    }
  })

  it('is allowed from anywhere only with LINLI_DEV_SIGNIN=any, and never in production', async () => {
    const any = await startGateway(engine, { LINLI_DEV_SIGNIN: 'any', LINLI_TRUSTED_PROXY_HOPS: '1' })
    const prod = await startGateway(engine, { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!', LINLI_DEV_SIGNIN: 'any' })
    try {
      expect(await signInFrom(any, { 'x-forwarded-for': '203.0.113.9' })).toBeUndefined()
      expect(await signInFrom(prod)).toBe('FORBIDDEN')
    } finally {
      await Promise.all([any.close(), prod.close()])
    }
  })
})
