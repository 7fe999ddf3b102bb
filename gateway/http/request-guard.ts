import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention'
import { createGraphQLError, type Plugin } from 'graphql-yoga'
import type { Config } from '../config'
import { withoutSuggestions } from '../lib/input-errors'

// What a request to /graphql must look like before anything runs: a browser page on another
// site must not be able to make a signed-in person's browser (or a signed-out one) do anything.

/**
 * Every client of the gateway names itself in this header (`weapp`, `h5`, `test`, `bench`…).
 * A cross-site form or <img> cannot set it, and a page's script can only with a CORS preflight.
 */
export const CLIENT_HEADER = 'x-linli-client'

// Only a JSON body executes: a form post (urlencoded, multipart — this gateway takes no GraphQL
// uploads, photos go to /media) or text/plain is what a cross-site <form> can send.
const EXECUTABLE_POST_TYPES = ['application/json', 'application/graphql+json']

const refuseNonJsonPosts: Plugin = {
  onRequestParse({ request }) {
    if (request.method !== 'POST') return
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase() // split always yields one part
    if (EXECUTABLE_POST_TYPES.includes(type)) return
    throw createGraphQLError('请求格式不受支持,请以 JSON 提交', { extensions: { code: 'BAD_USER_INPUT', http: { status: 415 } } })
  },
}

const csrf = useCSRFPrevention({ requestHeaders: [CLIENT_HEADER] })

/** Yoga's CSRF prevention on the client header, its English refusal given as the house's coded, Chinese one. */
const requireClientHeader: Plugin = {
  onRequestParse(payload) {
    try {
      return csrf.onRequestParse?.(payload)
    } catch {
      throw createGraphQLError(`请求缺少 ${CLIENT_HEADER} 头,请使用邻里客户端`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 403 } } })
    }
  },
}

// The CORS answer depends on the Origin, so caches must key on it even when it is refused.
const varyOnOrigin: Plugin = {
  onResponse({ response }) {
    const vary = response.headers.get('vary')
    if (!vary?.toLowerCase().includes('origin')) response.headers.set('vary', vary ? `${vary}, Origin` : 'Origin')
  },
}

// graphql-armor's suggestion blocker only knows field names; enum values and variables' errors
// suggest too. This runs last, on every answer's errors, whoever made them.
const hideSuggestions: Plugin = {
  onResultProcess({ result }) {
    for (const one of Array.isArray(result) ? result : [result]) {
      const errs = (one as { errors?: readonly { message: string }[] }).errors // a stream has none: nothing to do
      for (const error of errs ?? []) error.message = withoutSuggestions(error.message)
    }
  },
}

/** The request-shape plugins: no form posts, the client header on every request a form or link could send, no suggestions in production. */
export function requestGuards(config: Pick<Config, 'production'>): Plugin[] {
  return [refuseNonJsonPosts, requireClientHeader, varyOnOrigin, ...(config.production ? [hideSuggestions] : [])]
}

type CorsOptions = { origin: string[]; credentials: boolean; methods: string[]; allowedHeaders: string[]; maxAge: number }

/**
 * Yoga's `cors` option: CORS headers only for an origin on the configured allow-list. By default
 * none, so only same-origin pages (the H5 app the gateway serves) call it from a browser; the
 * mini-program is not a browser and needs none. Sessions travel as a Bearer header, not cookies,
 * so no credentials are allowed either.
 */
export function corsFor(allowed: readonly string[]) {
  return (request: Request): CorsOptions | false => {
    const origin = request.headers.get('origin')
    if (!origin || !allowed.includes(origin)) return false
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization', CLIENT_HEADER], maxAge: 600 }
  }
}
