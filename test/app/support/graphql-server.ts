import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

// A tiny HTTP server standing in for the gateway in app tests: it records what arrived and
// answers with whatever the test's handler returns.

export interface ReceivedRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  /** The GraphQL request as the gateway reads it (JSON), whether it came as GET or POST, by hash or as text. */
  body: string
  /** What came in the HTTP body itself (empty for a GET). */
  httpBody: string
}

const manifest = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../src/graphql/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>

/** The app sends persisted operations (a hash; queries as GET): read them as the gateway would. */
export function graphqlRequest(method: string, url: string, httpBody: string): string {
  const params = new URL(url, 'http://stand-in').searchParams
  const json = (text: string | null): unknown => (text ? JSON.parse(text) : undefined)
  const request = (method === 'GET'
    ? { operationName: params.get('operationName') ?? undefined, variables: json(params.get('variables')), extensions: json(params.get('extensions')), query: params.get('query') ?? undefined }
    : json(httpBody)) as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } } | undefined
  if (!request) return httpBody
  const hash = request.extensions?.persistedQuery?.sha256Hash
  if (!request.query && hash) request.query = manifest[hash]
  return JSON.stringify(request)
}

export interface CannedReply {
  status?: number
  headers?: Record<string, string>
  body: string
}

export interface CannedServer {
  url: string
  received: ReceivedRequest[]
  close(): Promise<void>
}

export async function startCannedServer(reply: (request: ReceivedRequest) => CannedReply): Promise<CannedServer> {
  const received: ReceivedRequest[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const httpBody = Buffer.concat(chunks).toString('utf8')
      const method = req.method ?? 'GET'
      const url = req.url ?? '/'
      const request: ReceivedRequest = { method, url, headers: req.headers, body: graphqlRequest(method, url, httpBody), httpBody }
      received.push(request)
      const answer = reply(request)
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8', ...answer.headers })
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  }
}

/** A handler answering each operation by its name from `replies`, and any other with an error. */
export function byOperation(replies: Record<string, unknown>): (request: ReceivedRequest) => CannedReply {
  return (request) => {
    const { operationName } = JSON.parse(request.body) as { operationName: string }
    return { body: JSON.stringify(replies[operationName] ?? { errors: [{ message: `unexpected ${operationName}` }] }) }
  }
}
