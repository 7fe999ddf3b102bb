import { createHash, randomUUID } from 'node:crypto'
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache'
import { getOperationAST, type ExecutionResult } from 'graphql'
import type { Plugin } from 'graphql-yoga'
import type { Config } from '../config'
import type { Channel } from '../lib/redis'

/** The instances' channel (Redis) on which each announces that it dropped its public lists. */
export interface SharedDrops { channel: Channel; onError: (err: unknown) => void }

// Signed-out visitors (a link opened from the building's group chat) all see the same public lists,
// so their answers are kept a few seconds and shared. Nothing with a viewer is ever cached: a request
// with an Authorization header neither reads nor fills the cache.

/** The public lists a signed-out answer may be kept for; any other answer is not cached (global TTL 0). */
export const CACHED_FIELDS = ['Query.notices', 'Query.activities', 'Query.communityStats', 'Query.communities'] as const

const MAX_ANSWERS = 1000

/**
 * Answers by key until their TTL, the oldest dropped past MAX_ANSWERS, and all of them dropped by
 * `invalidate`: Yoga's own in-memory cache indexes answers by the entities with ids inside them, which
 * misses an empty list and the figures (no id) — a write here must drop them all.
 */
function answersUntilNextWrite(now: () => number = Date.now): Cache & { clear(): void } {
  const answers = new Map<string, { result: ExecutionResult; until: number }>()
  return {
    get(key) {
      const found = answers.get(key)
      if (found && found.until > now()) return found.result
      if (found) answers.delete(key)
      return null
    },
    set(key, result, _entities, ttl) {
      answers.delete(key)
      answers.set(key, { result, until: now() + ttl })
      if (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value as string) // size > 0, so a first key exists
    },
    invalidate: () => answers.clear(),
    clear: () => answers.clear(),
  }
}

const signedOut = (request: Request) => !request.headers.get('authorization')

/**
 * Yoga's response cache for signed-out public lists, and what keeps it honest: every mutation (from
 * anyone) drops every cached list when it finishes, and an answer whose execution overlapped a write
 * is not stored. Changes that no request makes (an expiry passing, the sweeps) show within the TTL.
 */
export function publicListCache(config: Config, shared?: SharedDrops): Plugin[] {
  const ttlMs = config.responseCacheSeconds * 1000
  if (ttlMs <= 0) return []
  const cache = answersUntilNextWrite()
  let writes = 0
  const drop = () => {
    writes++
    cache.clear()
  }
  // Another instance's write: its mutation's answer waited for this message to be handed over.
  shared?.channel.listen(drop)
  const writesAtStart = new WeakMap<object, number>()
  const invalidateOnWrite: Plugin = {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation
      if (operation !== 'mutation') {
        writesAtStart.set(args.contextValue, writes)
        return
      }
      return {
        async onExecuteDone() {
          drop()
          await shared?.channel.publish('').catch(shared.onError)
        },
      }
    },
  }
  return [
    invalidateOnWrite,
    useResponseCache({
      cache,
      enabled: signedOut,
      // Signed media URLs carry the origin the request came to (see requestOrigin): one cache per
      // Host and forwarded scheme, which splits at least as finely as the origin does.
      session: (request) => `${request.headers.get('x-forwarded-proto') ?? ''}://${request.headers.get('host') ?? ''}`,
      ttl: 0,
      ttlPerSchemaCoordinate: Object.fromEntries(CACHED_FIELDS.map((field) => [field, ttlMs])),
      invalidateViaMutation: false, // invalidateOnWrite does it for signed-in writers too
      // Yoga builds a key for every request, cached or not, with WebCrypto's async SHA-256 (a tenth of
      // the gateway's CPU under load): a signed-in request gets none, a signed-out one a sync hash.
      // No document text (a persisted operation whose plugin has not filled it in yet): a key of its
      // own, so two different operations can never share an answer.
      buildResponseCacheKey: ({ request, documentString, variableValues, operationName, sessionId }) =>
        !signedOut(request) ? '' : !documentString ? `unkeyed:${randomUUID()}` : createHash('sha256').update(JSON.stringify([sessionId, operationName ?? '', documentString, variableValues ?? {}])).digest('base64url'),
      onTtl: ({ ttl, context }) => (writesAtStart.get(context) === writes ? ttl : 0),
    }),
  ]
}
