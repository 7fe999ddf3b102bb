import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTaroFetch, type TaroRequestFn } from '@/graphql/taro-fetch'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { createWxRequest, promisifyWxRequest } from '../support/wx-request'

// The adapter against a real HTTP server, through a request function with wx.request's shape
// (what Taro.request is in the mini-program).
const request = promisifyWxRequest(createWxRequest()) as unknown as TaroRequestFn
const taroFetch = createTaroFetch(request)

let server: CannedServer

beforeAll(async () => {
  server = await startCannedServer((req) => {
    if (req.url.startsWith('/graphql/teapot')) return { status: 418, headers: { 'X-Reason': 'tea' }, body: 'short and stout' }
    return { body: JSON.stringify({ data: { echo: req.body }, extensions: { auth: req.headers.authorization ?? null } }) }
  })
})

afterAll(() => server.close())

describe('taroFetch', () => {
  it('POSTs the body and headers and answers with text() Apollo can parse', async () => {
    const body = JSON.stringify({ query: '{ ping }' })
    const response = await taroFetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: 'Bearer abc' },
      body,
    })
    expect(response.ok).toBe(true)
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    const parsed = JSON.parse(await response.text()) as { data: { echo: string }; extensions: { auth: string } }
    expect(parsed.data.echo).toBe(body)
    expect(parsed.extensions.auth).toBe('Bearer abc')
    expect(server.received.at(-1)?.method).toBe('POST')
  })

  it('keeps the body as text even though wx.request would parse JSON by default', async () => {
    const response = await taroFetch(server.url, { method: 'POST', body: '{}' })
    expect(typeof (await response.text())).toBe('string')
    expect(await response.json()).toMatchObject({ data: { echo: '{}' } })
  })

  it('resolves for an error status, as fetch does, with headers readable in any case', async () => {
    const response = await taroFetch(`${server.url}/teapot`, { method: 'GET' })
    expect(response.ok).toBe(false)
    expect(response.status).toBe(418)
    expect(response.headers.get('x-reason')).toBe('tea')
    expect(response.headers.has('X-Missing')).toBe(false)
    expect(await response.text()).toBe('short and stout')
    await expect(response.json()).rejects.toThrow()
  })

  it('rejects with a TypeError when no response arrives', async () => {
    const closed = await startCannedServer(() => ({ body: '' }))
    await closed.close()
    await expect(taroFetch(closed.url, { method: 'POST', body: '{}' })).rejects.toThrow(TypeError)
    await expect(taroFetch(closed.url, { method: 'POST', body: '{}' })).rejects.toThrow(/request:fail/)
  })

  it('accepts Headers-like objects and header pairs', async () => {
    const seen: Array<Record<string, string>> = []
    const spy: TaroRequestFn = async (options) => {
      seen.push(options.header)
      return { statusCode: 200, header: {}, data: { already: 'parsed' } }
    }
    const viaSpy = createTaroFetch(spy)
    await viaSpy('/graphql', { headers: [['a', '1']] })
    const response = await viaSpy(new URL('http://x/graphql'), { headers: new Headers({ b: '2' }) })
    expect(seen).toEqual([{ a: '1' }, { b: '2' }])
    expect(await response.text()).toBe('{"already":"parsed"}')
  })
})
