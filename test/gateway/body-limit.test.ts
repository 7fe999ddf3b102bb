import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRAPHQL_MAX_BODY_BYTES } from '../../gateway/http/body-limit'
import { startGateway, type TestGateway } from './harness'

// /graphql takes bodies up to 1 MB: judged by Content-Length when the request gives one, counted as
// it arrives when it is chunked. Over the limit nothing runs and the answer is a coded 413.

const SIGN_IN = (handle: string, padding = '') => JSON.stringify({ query: `mutation { signInDev(handle: "${handle}") { token } }`, variables: { padding } })
const HEADERS = { 'content-type': 'application/json', 'x-linli-client': 'test' }

/** A body sent in chunks with no Content-Length (Transfer-Encoding: chunked), as a streaming client sends it. */
function chunked(text: string, size = 64 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(at, (at += size)))
    },
  })
}

describe('the size of a request to /graphql', () => {
  let t: TestGateway
  beforeAll(async () => {
    t = await startGateway({ name: 'sqlite' })
  })
  afterAll(() => t?.close())

  const accountsNamed = async (handle: string) => (await t.gateway.db.selectFrom('accounts').select('id').where('handle', '=', handle).execute()).length
  const post = (body: BodyInit) => fetch(`${t.url}/graphql`, { method: 'POST', headers: HEADERS, body, duplex: 'half' } as RequestInit)

  it('runs a body just under the limit, with a Content-Length or chunked', async () => {
    const room = GRAPHQL_MAX_BODY_BYTES - SIGN_IN('size-long').length - 100
    const long = await post(SIGN_IN('size-long', '邻'.repeat(Math.floor(room / 3)))) // 3 bytes a character
    expect(long.status).toBe(200)
    expect(((await long.json()) as { data: { signInDev: { token: string } } }).data.signInDev.token).toBeTruthy()
    const streamed = await post(chunked(SIGN_IN('size-chunked', 'x'.repeat(room))))
    expect(streamed.status).toBe(200)
    expect(await accountsNamed('size-long')).toBe(1)
    expect(await accountsNamed('size-chunked')).toBe(1)
  })

  it('refuses a body over the limit with 413 and runs nothing, with a Content-Length or chunked', async () => {
    for (const [handle, body] of [
      ['size-over', SIGN_IN('size-over', 'x'.repeat(GRAPHQL_MAX_BODY_BYTES))],
      ['size-over-chunked', chunked(SIGN_IN('size-over-chunked', 'x'.repeat(GRAPHQL_MAX_BODY_BYTES)))],
    ] as const) {
      const res = await post(body)
      expect(res.status, handle).toBe(413)
      const answer = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] }
      expect(answer.errors[0]).toMatchObject({ message: '请求内容过大(不超过 1 MB)', extensions: { code: 'BAD_USER_INPUT' } })
      expect(await accountsNamed(handle)).toBe(0)
    }
  })

  it('still answers small requests after refusing big ones', async () => {
    expect(await t.ok('{ ping }')).toEqual({ ping: true })
  })
})
