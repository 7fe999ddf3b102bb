import type { Viewer } from '../../context'
import type { Channel } from '../../lib/redis'

// Who a token belongs to, their roles and what they may see are looked up on nearly every request;
// they change rarely (sign-out, a role granted or revoked, a claim approved, an account deleted)
// and every such change goes through this module's `invalidate`, so a short cache is safe. With
// several instances (REDIS_URL) an invalidation is published to all of them and the change's answer
// waits for it; without Redis, an instance's cache is its own and lives at most 5 s.

/** The viewers behind recent tokens. One per gateway instance; with Redis, `invalidate` reaches every instance. */
export interface ViewerCache {
  /** The viewer for a token hash: from the cache while fresh, else from `load` (null is not kept). */
  get(tokenHash: string, load: () => Promise<{ viewer: Viewer; sessionExpiresAt: string } | null>): Promise<Viewer | null>
  /**
   * Forgets every cached viewer of the account, here at once (before it returns) and, with Redis, on
   * every instance: it resolves once Redis has handed the message to all of them (a failure is logged;
   * their entries then end within the 5 s lifetime).
   */
  invalidate(accountId: string): Promise<void>
}

/** The longest a viewer is kept, on one instance or many. */
export const VIEWER_CACHE_TTL_MS = 5_000
const MAX_ENTRIES = 10_000

interface Entry { viewer: Viewer; until: number }

/** `shared`: the pub/sub channel of the instances (Redis), with where to log a failed publish. */
export function createViewerCache(ttlMs = VIEWER_CACHE_TTL_MS, now: () => number = Date.now, shared?: { channel: Channel; onError: (err: unknown) => void }): ViewerCache {
  ttlMs = Math.min(ttlMs, VIEWER_CACHE_TTL_MS)
  const entries = new Map<string, Entry>()
  const tokensOf = new Map<string, Set<string>>()
  // Bumped by every invalidation: a load that started before one must not store what it read.
  let generation = 0

  const drop = (tokenHash: string) => {
    const entry = entries.get(tokenHash)
    if (!entry) return
    entries.delete(tokenHash)
    const tokens = tokensOf.get(entry.viewer.account.id)
    tokens?.delete(tokenHash)
    if (tokens && !tokens.size) tokensOf.delete(entry.viewer.account.id)
  }

  const forget = (accountId: string | null) => {
    generation++
    if (accountId === null) {
      entries.clear()
      tokensOf.clear()
      return
    }
    for (const tokenHash of [...(tokensOf.get(accountId) ?? [])]) drop(tokenHash)
  }
  // Another instance's invalidation, or null after a lost connection (forget everyone).
  shared?.channel.listen(forget)

  return {
    async get(tokenHash, load) {
      const entry = entries.get(tokenHash)
      if (entry && entry.until > now()) return entry.viewer
      if (entry) drop(tokenHash)
      if (ttlMs <= 0) return (await load())?.viewer ?? null
      const started = generation
      const loaded = await load()
      if (!loaded) return null
      if (started === generation) {
        if (entries.size >= MAX_ENTRIES) drop(entries.keys().next().value as string) // size > 0 here, so a first key exists
        // Never past the session's own expiry.
        const until = Math.min(now() + ttlMs, Date.parse(loaded.sessionExpiresAt))
        entries.set(tokenHash, { viewer: loaded.viewer, until })
        const accountId = loaded.viewer.account.id
        tokensOf.set(accountId, (tokensOf.get(accountId) ?? new Set()).add(tokenHash))
      }
      return loaded.viewer
    },
    async invalidate(accountId) {
      forget(accountId)
      await shared?.channel.publish(accountId).catch(shared.onError)
    },
  }
}

/**
 * A fact about the viewer (the compounds whose notices they see, say), worked out once and kept with
 * the cached viewer, so it lives exactly as long as the viewer's roles and households are trusted.
 */
export function viewerFact<T>(viewer: Viewer, name: string, work: (viewer: Viewer) => Promise<T>): Promise<T> {
  const found = viewer.facts.get(name)
  if (found) return found as Promise<T> // stored under `name` by this function only, with this T
  const promise = work(viewer)
  viewer.facts.set(name, promise)
  promise.catch(() => viewer.facts.delete(name))
  return promise
}
