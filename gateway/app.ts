import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pino, { type Logger } from 'pino'
import type { Config } from './config'
import type { GatewayContext } from './context'
import { openDatabase, type DB, type OpenOptions } from './db/database'
import { prepareDatabase } from './db/startup'
import { createHealth } from './http/health'
import { sendNotFound, serveStatic } from './http/static'
import { createGraphQLHandler } from './http/yoga'
import { clientAddress, isLocalClient, requestOrigin } from './http/forwarded'
import { createDatabaseLimiter } from './lib/limiter'
import type { SharedRedis } from './lib/redis'
import { createJobs, type Jobs, type PeriodicTask } from './jobs'
import { periodicTasks } from './jobs/tasks'
import { viewerFromAuthorization } from './modules/accounts/service'
import { createViewerCache, type ViewerCache } from './modules/accounts/viewer-cache'
import { createContentChecker } from './modules/content-check/service'
import { handleDownload, handleUpload } from './modules/media/http'
import { handleWeChatPush } from './modules/media/push'
import { mediaStorage } from './modules/media/storage'
import { handleRosterImport } from './modules/roster/http'
import { handlePoster, isPosterRequest, redirectShortLink } from './modules/links/http'
import { handleFinanceImport } from './modules/finances/http'
import { createPlatform, type Platform } from './platform'
import { buildSchema } from './schema'

export interface GatewayOptions extends OpenOptions {
  /** Replaces the platform clients (tests point WeChat at a local server). */
  platform?: Platform
  log?: Logger
  /** How long a looked-up viewer is reused (default and most 5 s; 0: look up every request). */
  viewerCacheTtlMs?: number
  /** Replaces the periodic tasks (tests run the real ones on a tighter clock). */
  tasks?: (defaults: PeriodicTask[]) => PeriodicTask[]
}

export interface Gateway {
  db: DB
  log: Logger
  server: http.Server
  platform: Platform
  /** Recent viewers; whatever changes roles or households outside a service call (a script, a test) invalidates here. */
  viewerCache: ViewerCache
  /** The periodic tasks (jobs/): graphile-worker on PostgreSQL, timers in this process on SQLite; started unless LINLI_JOBS=off. */
  jobs: Jobs
  /** Starts listening; resolves to the base URL, e.g. http://127.0.0.1:4000. */
  listen(): Promise<string>
  /** Drains: /readyz answers 503 (for DRAIN_DELAY_MS while still serving), then stops taking requests, lets running ones finish, stops the jobs and closes the database. */
  close(): Promise<void>
}

/** Opens and migrates the database, seeds an empty one, and builds the HTTP server (not yet listening). */
export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? pino({ level: config.logLevel })
  const storage = await mediaStorage(config)
  await storage.ready()
  // Redis's and S3's clients are loaded only when configured (they take a second to load).
  const redis: SharedRedis | null = config.redis ? await (await import('./lib/redis')).connectRedis(config.redis, log).catch((error: unknown) => {
    storage.close()
    throw error
  }) : null
  const db = await openDatabase(config.database, options)
  const health = createHealth(db, config.database.engine)
  const databaseLimiter = createDatabaseLimiter(db, config.rateLimits)
  const limiter = redis ? (await import('./lib/limiter-redis')).createRedisLimiter(redis.client, redis.prefix, config.rateLimits, databaseLimiter, log) : databaseLimiter
  const platform = options.platform ?? createPlatform(config)
  const defaultTasks = periodicTasks(config)
  const jobs = createJobs({ db, config, log, platform, limiter }, options.tasks?.(defaultTasks) ?? defaultTasks, { workerSchema: options.schema ? `${options.schema}_jobs` : config.jobs.schema })
  await prepareDatabase(db, config, log, { schema: options.schema, storage, migrateJobs: config.jobs.enabled ? () => jobs.migrate() : undefined })
  health.prepared = true
  if (config.devSignIn !== 'off') {
    log.warn({ devSignIn: config.devSignIn }, `DEV SIGN-IN IS ON (LINLI_DEV_SIGNIN): ${config.devSignIn === 'any' ? 'ANYONE WHO CAN REACH THIS GATEWAY' : 'any client on this machine'} can sign in as any account, staff included. Never for real residents.`)
  }
  if (config.wechat.configured && !config.wechat.pushToken) log.warn('WECHAT_PUSH_TOKEN is not set: uploaded images wait for WeChat check results that cannot arrive, and stay hidden from neighbours')
  const contentChecker = createContentChecker(platform.wechat, log)
  const viewerCache = createViewerCache(options.viewerCacheTtlMs, Date.now, redis ? { channel: redis.channel('viewers'), onError: (err) => log.warn({ err }, 'viewer invalidation not published: other instances keep that viewer up to 5 s') } : undefined)
  const makeContext = async (req: http.IncomingMessage): Promise<GatewayContext> => {
    const base = { db, config, log, platform, contentChecker, limiter, storage, viewerCache, ip: clientAddress(req, config.trustedProxyHops), localClient: isLocalClient(req, config.trustedProxyHops), origin: requestOrigin(req, config.trustedProxyHops), loaders: new Map() }
    return { ...base, viewer: await viewerFromAuthorization(base, req.headers.authorization ?? null) }
  }
  const publicLists = redis ? { channel: redis.channel('public-lists'), onError: (err: unknown) => log.warn({ err }, 'public-list drop not published: other instances keep their answers up to RESPONSE_CACHE_SECONDS') } : undefined
  const yoga = createGraphQLHandler(config, log, buildSchema(), makeContext, publicLists)
  await redis?.subscribed()
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    const route = async () => {
      if (await health.route(url.pathname, res)) return
      if (url.pathname === '/graphql') return yoga(req, res)
      if (url.pathname === '/media' && req.method === 'POST') return handleUpload({ db, config, log, limiter, storage, viewerCache, platform, origin: requestOrigin(req, config.trustedProxyHops) }, req, res, clientAddress(req, config.trustedProxyHops))
      if (url.pathname === '/wechat/push') return handleWeChatPush({ db, config, log }, req, url, res)
      if (url.pathname.startsWith('/media/') && req.method === 'GET') return handleDownload({ db, config, log, storage }, url, res)
      if (url.pathname === '/roster/import' && req.method === 'POST') return handleRosterImport(await makeContext(req), req, res, url)
      if (isPosterRequest(req, url)) return handlePoster({ db, config, log, platform, origin: requestOrigin(req, config.trustedProxyHops) }, url, res)
      if (req.method === 'GET' && url.pathname.startsWith('/s/')) return redirectShortLink(url, res)
      if (url.pathname === '/finances/import' && req.method === 'POST') return handleFinanceImport(await makeContext(req), req, res, url)
      if (req.method === 'GET' && (await serveStatic(config.h5Dir, url.pathname, req, res))) return
      sendNotFound(req, res, url.pathname)
    }
    route().catch((err: unknown) => {
      log.error({ err, path: url.pathname }, 'request failed')
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器开小差了,请稍后再试' } }))
    })
  })

  if (config.jobs.enabled) await jobs.start()
  let closing: Promise<void> | null = null

  return {
    db,
    log,
    server,
    platform,
    viewerCache,
    jobs,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo
          const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host
          resolve(`http://${host}:${port}`)
        })
      }),
    close: () =>
      (closing ??= (async () => {
        health.draining = true
        if (config.drainDelayMs > 0 && server.listening) await new Promise((resolve) => setTimeout(resolve, config.drainDelayMs))
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        })
        await jobs.stop()
        await db.destroy()
        storage.close()
        await redis?.close()
      })()),
  }
}
