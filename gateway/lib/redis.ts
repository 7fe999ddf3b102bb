import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from 'pino'

// Redis, when REDIS_URL is set: what several gateway instances must agree on without a database
// round trip (rate-limit buckets) or must hear from each other at once (cache invalidations). Every
// key and channel starts with REDIS_KEY_PREFIX, so instances of one deployment meet and others
// (or parallel tests) do not.

export interface SharedRedis {
  /** Commands (never waits for a reconnect: a command while Redis is away fails at once, and callers fall back). */
  client: Redis
  /** Keys and channels of this deployment start with it. */
  prefix: string
  /** One channel of the deployment's pub/sub: `publish` resolves once Redis has handed the message to every listening instance. */
  channel(name: string): Channel
  /** Resolves once every channel listened to so far is subscribed (before the gateway takes requests). */
  subscribed(): Promise<void>
  close(): Promise<void>
}

export interface Channel {
  publish(message: string): Promise<void>
  /** Messages from other instances; `null` after a lost connection came back (messages may have been missed). */
  listen(handler: (message: string | null) => void): void
}

/** Connects both connections (commands, subscriptions) and checks Redis answers; throws naming REDIS_URL otherwise. */
export async function connectRedis(settings: { url: string; keyPrefix: string }, log: Logger): Promise<SharedRedis> {
  const options = { lazyConnect: true, connectTimeout: 5_000, commandTimeout: 2_000, maxRetriesPerRequest: 1, retryStrategy: (times: number) => Math.min(times * 200, 2_000) }
  const client = new Redis(settings.url, { ...options, enableOfflineQueue: false })
  const subscriber = new Redis(settings.url, { ...options, commandTimeout: undefined })
  // Without listeners ioredis prints every connection error; these say once what happens meanwhile.
  let down = false
  const onError = (err: unknown) => {
    if (down) return
    down = true
    log.error({ err }, 'Redis unreachable: rate limits fall back to the database, viewer caches to their 5-second lifetime')
  }
  client.on('error', onError)
  subscriber.on('error', onError)
  client.on('ready', () => void (down = false))
  try {
    await Promise.all([client.connect(), subscriber.connect()])
    await client.ping()
  } catch (error) {
    client.disconnect()
    subscriber.disconnect()
    throw new Error(`REDIS_URL: Redis at ${redacted(settings.url)} does not answer (${error instanceof Error ? error.message : String(error)})`)
  }

  const self = randomBytes(8).toString('hex') // an instance ignores its own messages
  const handlers = new Map<string, ((message: string | null) => void)[]>()
  const subscriptions: Promise<unknown>[] = []
  subscriber.on('message', (channel: string, raw: string) => {
    const space = raw.indexOf(' ')
    if (raw.slice(0, space) === self) return
    for (const handler of handlers.get(channel) ?? []) handler(raw.slice(space + 1))
  })
  let connectedOnce = false
  subscriber.on('ready', () => {
    // ioredis subscribes again by itself; whatever was published meanwhile is lost.
    if (connectedOnce) for (const list of handlers.values()) for (const handler of list) handler(null)
    connectedOnce = true
  })
  connectedOnce = subscriber.status === 'ready'

  return {
    client,
    prefix: settings.keyPrefix,
    channel(name) {
      const channel = `${settings.keyPrefix}${name}`
      return {
        publish: async (message) => void (await client.publish(channel, `${self} ${message}`)),
        listen(handler) {
          const list = handlers.get(channel)
          if (list) return void list.push(handler)
          handlers.set(channel, [handler])
          subscriptions.push(subscriber.subscribe(channel))
        },
      }
    },
    subscribed: async () => void (await Promise.all(subscriptions)),
    async close() {
      await Promise.allSettled([client.quit(), subscriber.quit()])
    },
  }
}

const redacted = (url: string) => url.replace(/\/\/[^@/]*@/, '//***@')
