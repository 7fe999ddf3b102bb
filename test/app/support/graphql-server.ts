import http from 'node:http'
import type { AddressInfo } from 'node:net'

// A tiny HTTP server standing in for the gateway in app tests: it records what arrived and
// answers with whatever the test's handler returns.

export interface ReceivedRequest {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
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
      const request: ReceivedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
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
