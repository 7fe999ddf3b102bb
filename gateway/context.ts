import DataLoader from 'dataloader'
import type { Logger } from 'pino'
import type { Config } from './config'
import type { DB } from './db/database'
import type { Limiter } from './lib/limiter'
import type { AccountRow, RoleAssignmentRow } from './db/tables'
import type { ViewerCache } from './modules/accounts/viewer-cache'
import type { ContentChecker } from './modules/content-check/service'
import type { MediaStorage } from './modules/media/storage'
import type { Platform } from './platform'

export interface Viewer {
  account: AccountRow
  roles: RoleAssignmentRow[]
  sessionId: string
  /** Facts worked out from the roles and households (see viewerFact), kept as long as this viewer is. */
  facts: Map<string, Promise<unknown>>
}

/** What every resolver receives: one per request, so loaders never leak data between viewers. */
export interface GatewayContext {
  db: DB
  config: Config
  log: Logger
  platform: Platform
  contentChecker: ContentChecker
  limiter: Limiter
  /** Where uploaded files live (a directory or a shared S3 bucket). */
  storage: MediaStorage
  viewer: Viewer | null
  /** Recent viewers by token; every change to who someone is or may see invalidates it. */
  viewerCache: ViewerCache
  ip: string
  /** The client is on this machine (http/forwarded.ts): what dev sign-in asks for. */
  localClient: boolean
  /** scheme://host the request came to, for absolute URLs (signed media links). */
  origin: string
  loaders: Map<string, DataLoader<unknown, unknown>>
}

/**
 * The request's DataLoader named `name`, made on first use. Every list field resolves through one of
 * these, so a page of n items costs the same number of SQL statements as a page of one.
 */
export function loader<K, V>(
  ctx: Pick<GatewayContext, 'loaders'>,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | Error)[]>,
): DataLoader<K, V> {
  let found = ctx.loaders.get(name)
  if (!found) {
    found = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>
    ctx.loaders.set(name, found)
  }
  return found as DataLoader<K, V>
}

/** Groups rows under the keys asked for, in the order asked: the shape DataLoader batches return. */
export function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const grouped = new Map<K, R[]>()
  for (const row of rows) {
    const key = keyOf(row)
    const list = grouped.get(key)
    if (list) list.push(row)
    else grouped.set(key, [row])
  }
  return keys.map((k) => grouped.get(k) ?? [])
}

/** The request's loader of rows by id: one query for all the ids asked for together; null for a missing one. */
export function loaderById<R extends { id: string }>(
  ctx: Pick<GatewayContext, 'loaders'>,
  name: string,
  fetch: (ids: readonly string[]) => Promise<R[]>,
): DataLoader<string, R | null> {
  return loader<string, R | null>(ctx, name, async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]))
    return ids.map((id) => found.get(id) ?? null)
  })
}
