import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startGateway, type TestGateway } from '../gateway/harness'
import { createWeappRuntime } from './weapp/launch'

// The built mini-program against a production gateway, which runs only persisted operations:
// the bundle sends each query as a GET carrying only its manifest hash and the variables, says
// which client it is, and the page still gets its data.

const { distDir } = inject('weappBuild')
const manifest = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../src/graphql/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>
const noticesList = Object.keys(manifest).find((hash) => manifest[hash].includes('query NoticesList('))
let gateway: TestGateway
let firstTitle: string

beforeAll(async () => {
  gateway = await startGateway({ name: 'sqlite' }, { NODE_ENV: 'production', MEDIA_SIGNING_SECRET: 'a-production-secret-of-32-chars!' })
  const res = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-linli-client': 'weapp' },
    body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: noticesList } }, variables: {} }),
  })
  const body = (await res.json()) as { data: { notices: { edges: Array<{ node: { title: string } }> } } }
  firstTitle = body.data.notices.edges[0].node.title
})
afterAll(() => gateway.close())

describe('weapp runtime against a production gateway (persisted operations only)', () => {
  it('the notices list loads: queries by hash-only GET, mutations by hash-only POST', async () => {
    expect((await gateway.gql('{ notices(first: 1) { edges { node { title } } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const runtime = createWeappRuntime({ distDir, gatewayUrl: `${gateway.url}/graphql` })
    runtime.launch()
    runtime.openPage('features/notices/pages/list/index')
    await runtime.waitFor(() => runtime.setDataText().includes(JSON.stringify(firstTitle).slice(1, -1)))
    expect(runtime.errors).toEqual([])
    expect(runtime.toasts).toEqual([])

    expect(runtime.requests.length).toBeGreaterThan(0)
    for (const request of runtime.requests) {
      const params = new URL(request.url).searchParams
      const sent = (request.method === 'GET' ? { query: params.get('query') ?? undefined, extensions: JSON.parse(params.get('extensions') ?? '{}') } : JSON.parse(request.body)) as {
        query?: string
        extensions?: { persistedQuery?: { sha256Hash?: string } }
      }
      expect(sent.query).toBeUndefined()
      const text = manifest[sent.extensions?.persistedQuery?.sha256Hash ?? '']
      expect(text, `${request.method} ${request.url} is sent by a manifest hash`).toBeTruthy()
      expect(request.method).toBe(/(^|\} )query /.test(text) ? 'GET' : 'POST')
      const client = Object.entries(request.header).find(([k]) => k.toLowerCase() === 'x-linli-client')?.[1]
      expect(client).toBe('weapp')
    }
    expect(runtime.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url).searchParams.get('operationName'))).toContain('NoticesList')
  })
})
