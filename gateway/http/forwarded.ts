import type http from 'node:http'
import { isIP } from 'node:net'

// Who is asking, when proxies stand between: each trusted proxy appends the address it received the
// request from to X-Forwarded-For, so only the rightmost `hops` entries were written by us; anything
// left of them came from the client and is ignored. With no trusted hop the headers count for nothing.

function listHeader(req: http.IncomingMessage, name: string): string[] {
  const raw = req.headers[name]
  return (Array.isArray(raw) ? raw.join(',') : raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)
}

/** Strips the IPv4-mapped IPv6 prefix so one client has one spelling (and one bucket). */
function normalise(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)
  return mapped ? mapped[1]! : address // group 1 exists whenever the pattern matched
}

/**
 * The client's address: the socket peer, then X-Forwarded-For read from the right, skipping one
 * entry per trusted proxy. When the chain is shorter than the hops configured, the leftmost entry
 * our proxies wrote is the best there is.
 */
export function clientAddress(req: http.IncomingMessage, trustedHops: number): string {
  const chain = [...(trustedHops > 0 ? listHeader(req, 'x-forwarded-for') : []), req.socket.remoteAddress ?? 'unknown']
  return normalise(chain[Math.max(0, chain.length - 1 - trustedHops)]!) // the index is within the chain
}

/** scheme://host of the request: X-Forwarded-Proto as written by the outermost trusted proxy. */
export function requestOrigin(req: http.IncomingMessage, trustedHops: number): string {
  const protos = trustedHops > 0 ? listHeader(req, 'x-forwarded-proto') : []
  const proto = protos[Math.max(0, protos.length - trustedHops)]
  return `${proto === 'https' ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`
}

/** 127.0.0.0/8 and ::1 (IPv4-mapped included). */
export function isLoopback(address: string): boolean {
  const a = normalise(address)
  return a === '::1' || (isIP(a) === 4 && a.startsWith('127.'))
}

/**
 * The client is on this machine: its address is loopback, and no proxy we were not told about
 * stands between (a local nginx forwarding the internet would otherwise look like loopback, and
 * forwarding headers beyond those our trusted proxies wrote mean exactly that).
 */
export function isLocalClient(req: http.IncomingMessage, trustedHops: number): boolean {
  const forwarded = listHeader(req, 'x-forwarded-for').length
  const untold = trustedHops === 0 ? forwarded > 0 || req.headers.forwarded !== undefined || req.headers['x-real-ip'] !== undefined : forwarded > trustedHops
  return !untold && isLoopback(clientAddress(req, trustedHops))
}
