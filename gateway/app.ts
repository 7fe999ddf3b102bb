import http from 'node:http'
import type { AddressInfo } from 'node:net'
import pino, { type Logger } from 'pino'
import type { Config } from './config'
import type { GatewayContext } from './context'
import { isEmpty, migrateToLatest, openDatabase, type DB, type OpenOptions } from './db/database'
import { seedDemoData } from './db/seed/demo'
import { serveStatic } from './http/static'
import { createGraphQLHandler } from './http/yoga'
import { clientAddress, isLocalClient, requestOrigin } from './http/forwarded'
import { createDatabaseLimiter } from './lib/limiter'
import { sweepActivityReminders } from './modules/activities/sweep'
import { sweepProposals } from './modules/consult/sweep'
import { sweepIssues } from './modules/issues/sweep'
import { viewerFromAuthorization } from './modules/accounts/service'
import { createViewerCache, type ViewerCache } from './modules/accounts/viewer-cache'
import { createContentChecker } from './modules/content-check/service'
import { retryContentChecks } from './modules/media/check'
import { handleDownload, handleUpload } from './modules/media/http'
import { handleWeChatPush } from './modules/media/push'
import { handleRosterImport } from './modules/roster/http'
import { handleFinanceImport } from './modules/finances/http'
import { deliverOutbox } from './modules/notify/service'
import { createPlatform, type Platform } from './platform'
import { buildSchema } from './schema'

export interface GatewayOptions extends OpenOptions {
  /** Replaces the platform clients (tests point WeChat at a local server). */
  platform?: Platform
  log?: Logger
  /** How long a looked-up viewer is reused (default 5 s; 0: look up every request). */
  viewerCacheTtlMs?: number
}

export interface Gateway {
  db: DB
  log: Logger
  server: http.Server
  platform: Platform
  /** Recent viewers; whatever changes roles or households outside a service call (a script, a test) invalidates here. */
  viewerCache: ViewerCache
  /** Starts listening; resolves to the base URL, e.g. http://127.0.0.1:4000. */
  listen(): Promise<string>
  /** Stops taking requests, lets running ones finish, then closes the database. */
  close(): Promise<void>
}

/** Opens and migrates the database, seeds an empty one, and builds the HTTP server (not yet listening). */
export async function createGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const log = options.log ?? pino({ level: config.logLevel })
  const db = await openDatabase(config.database, options)
  await migrateToLatest(db, config.database.engine === 'postgres' ? options.schema : undefined)
  if (config.seed === 'demo' && (await isEmpty(db))) {
    await seedDemoData(db, new Date(), config.media.dir)
    log.info('empty database: demo data loaded')
  }
  if (config.devSignIn !== 'off') {
    log.warn({ devSignIn: config.devSignIn }, `DEV SIGN-IN IS ON (LINLI_DEV_SIGNIN): ${config.devSignIn === 'any' ? 'ANYONE WHO CAN REACH THIS GATEWAY' : 'any client on this machine'} can sign in as any account, staff included. Never for real residents.`)
  }
  const limiter = createDatabaseLimiter(db, config.rateLimits)
  const platform = options.platform ?? createPlatform(config)
  if (config.wechat.configured && !config.wechat.pushToken) log.warn('WECHAT_PUSH_TOKEN is not set: uploaded images wait for WeChat check results that cannot arrive, and stay hidden from neighbours')
  const contentChecker = createContentChecker(platform.wechat, log)
  const viewerCache = createViewerCache(options.viewerCacheTtlMs)
  const makeContext = async (req: http.IncomingMessage): Promise<GatewayContext> => {
    const base = { db, config, log, platform, contentChecker, limiter, viewerCache, ip: clientAddress(req, config.trustedProxyHops), localClient: isLocalClient(req, config.trustedProxyHops), origin: requestOrigin(req, config.trustedProxyHops), loaders: new Map() }
    return { ...base, viewer: await viewerFromAuthorization(base, req.headers.authorization ?? null) }
  }
  const yoga = createGraphQLHandler(config, log, buildSchema(), makeContext)
  let ready = true

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local')
    const route = async () => {
      if (url.pathname === '/healthz') {
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ status: ready ? 'ok' : 'shutting down', engine: config.database.engine }))
      }
      if (url.pathname === '/graphql') return yoga(req, res)
      if (url.pathname === '/media' && req.method === 'POST') return handleUpload({ db, config, log, limiter, viewerCache, platform, origin: requestOrigin(req, config.trustedProxyHops) }, req, res, clientAddress(req, config.trustedProxyHops))
      if (url.pathname === '/wechat/push') return handleWeChatPush({ db, config, log }, req, url, res)
      if (url.pathname.startsWith('/media/') && req.method === 'GET') return handleDownload({ db, config, log }, url, res)
      if (url.pathname === '/roster/import' && req.method === 'POST') return handleRosterImport(await makeContext(req), req, res, url)
      if (url.pathname === '/finances/import' && req.method === 'POST') return handleFinanceImport(await makeContext(req), req, res, url)
      if (req.method === 'GET' && (await serveStatic(config.h5Dir, url.pathname, req, res))) return
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      res.end(url.pathname === '/' ? 'H5 app not built yet: run `npm run build:h5` (npm start does it for you).' : 'Not found')
    }
    route().catch((err: unknown) => {
      log.error({ err, path: url.pathname }, 'request failed')
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: '服务器开小差了,请稍后再试' } }))
    })
  })

  const timers: NodeJS.Timeout[] = []
  if (config.outboxIntervalMs > 0) {
    timers.push(setInterval(() => void deliverOutbox(db, platform.wechat, log, config.subscribeTemplates).catch((err: unknown) => log.error({ err }, 'outbox delivery failed')), config.outboxIntervalMs))
    timers.push(setInterval(() => void retryContentChecks({ db, config, log, platform }).catch((err: unknown) => log.error({ err }, 'image check retry failed')), config.outboxIntervalMs))
    timers.push(setInterval(() => void sweepProposals(db).catch((err: unknown) => log.error({ err }, 'proposal sweep failed')), 300_000))
    timers.push(setInterval(() => void sweepActivityReminders(db).catch((err: unknown) => log.error({ err }, 'activity reminder sweep failed')), 300_000))
    timers.push(setInterval(() => void sweepIssues(db).catch((err: unknown) => log.error({ err }, 'issue sweep failed')), 300_000))
    timers.push(setInterval(() => void limiter.prune().catch((err: unknown) => log.warn({ err }, 'rate-limit pruning failed')), 600_000))
    timers.forEach((t) => t.unref())
  }

  return {
    db,
    log,
    server,
    platform,
    viewerCache,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo
          const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host
          resolve(`http://${host}:${port}`)
        })
      }),
    close: async () => {
      ready = false
      timers.forEach(clearInterval)
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      await db.destroy()
    },
  }
}
