import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Limiter } from '../lib/limiter'
import { isCoded } from '../lib/errors'

// What the gateway's plain-HTTP endpoints (uploads, spreadsheet imports) share: JSON answers in the
// house's error shape, a body read up to a limit, and the upload limit answered as 429.

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

export function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { error: { code, message } })
}

/** Reads at most `limit` bytes of the body; null when it is longer (the rest is discarded). */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    req.resume()
    return null
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) {
      req.resume()
      return null
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Takes one upload token for `accountId`; past the limit answers 429 with Retry-After and returns false. */
export async function takeUploadToken(limiter: Limiter, accountId: string, res: ServerResponse): Promise<boolean> {
  try {
    await limiter.consume(accountId, 'upload')
    return true
  } catch (error) {
    if (!isCoded(error, 'RATE_LIMITED')) throw error
    res.setHeader('retry-after', String(error.extensions.retryAfterSeconds))
    refuse(res, 429, 'RATE_LIMITED', error.message)
    return false
  }
}
