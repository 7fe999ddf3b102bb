import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { parseCronItems } from 'graphile-worker'
import { z } from 'zod'
import type { S3Settings } from './modules/media/storage'
import { parseSubscribeTemplates, type SubscribeTemplates } from './modules/notify/templates'

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true')

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .refine((v) => v.startsWith('file:') || /^postgres(ql)?:\/\//.test(v), {
      message: 'must start with file: (SQLite) or postgres:// (PostgreSQL)',
    })
    .optional(),
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case PostgreSQL identifier').optional(),
  LINLI_SEED: z.enum(['demo', 'none']).default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 30),
  MEDIA_DIR: z.string().min(1).optional(),
  MEDIA_STORAGE: z.enum(['dir', 's3']).default('dir'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 lower-case letters, digits, dots and hyphens; COS: name-appid)').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: flag.default(true),
  S3_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9!_.*'()\/-]*$/, 'letters, digits and !_.*\'()/- only').default(''),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9:_.-]{0,64}$/, 'up to 64 letters, digits and :_.-').default('linli:'),
  MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 * 1024),
  MEDIA_URL_TTL_SECONDS: z.coerce.number().int().min(10).default(3600),
  MEDIA_SIGNING_SECRET: z.string().min(16).optional(),
  MEDIA_MAX_EDGE_PX: z.coerce.number().int().min(64).max(8192).default(2048),
  MEDIA_MAX_INPUT_PIXELS: z.coerce.number().int().min(4096).default(4096 * 3072),
  MEDIA_MAX_DECODED_BYTES: z.coerce.number().int().min(16_384).default(4096 * 3072 * 3),
  WECHAT_APPID: z.string().min(1).optional(),
  WECHAT_SECRET: z.string().min(1).optional(),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WECHAT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  WECHAT_SUBSCRIBE_TEMPLATES: z.string().default(''),
  WECHAT_PUSH_TOKEN: z.string().regex(/^[A-Za-z0-9]{3,32}$/, 'must be 3–32 letters or digits, as WeChat requires').optional(),
  WECHAT_PUSH_AES_KEY: z.string().regex(/^[A-Za-z0-9]{43}$/, 'must be the 43-character EncodingAESKey').optional(),
  RATE_LIMIT_SIGNIN_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_UPLOADS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_ISSUES_PER_HOUR: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_CLAIMS_PER_DAY: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_PROPOSALS_PER_DAY: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_SUPPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  H5_DIR: z.string().min(1).optional(),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(0).default(15_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
  OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  LINLI_JOBS: z.enum(['on', 'off']).default('on'),
  JOBS_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a PostgreSQL schema name (lower case letters, digits, _)').default('graphile_worker'),
  JOBS_CRON: z
    .string()
    .refine((v) => {
      try {
        return parseCronItems([{ task: 'check', identifier: 'check', match: v }]).length === 1
      } catch {
        return false
      }
    }, 'a cron pattern of 5 fields (minute hour day month weekday), e.g. * * * * *')
    .optional(),
  DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  ISSUE_ESCALATION_MARGIN_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  LINLI_TRUST_PROXY: flag.optional(),
  LINLI_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  LINLI_DEV_SIGNIN: z.enum(['0', '1', 'true', 'false', 'loopback', 'any']).optional(),
  LINLI_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .refine((list) => list.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), { message: 'comma-separated origins such as https://h5.example.cn (scheme and host, no path)' }),
  ALLOW_ARBITRARY_OPERATIONS: flag.optional(),
  PERSISTED_OPERATIONS_DIR: z.string().min(1).optional(),
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
})

/** What one person (sign-in: one client address) may do how often; see lib/limiter.ts. */
export type LimitKind = 'signIn' | 'upload' | 'issue' | 'comment' | 'claim' | 'proposal' | 'support'
export interface Rate { limit: number; periodSeconds: number }

export type Config = Readonly<{
  env: 'development' | 'test' | 'production'
  production: boolean
  port: number
  host: string
  /** PostgreSQL: `schema` (DATABASE_SCHEMA) holds the tables instead of the search_path's default. */
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string }
  seed: 'demo' | 'none'
  logLevel: string
  sessionTtlHours: number
  media: { dir: string; s3: S3Settings | null; maxBytes: number; urlTtlSeconds: number; signingSecret: string; maxEdgePx: number; maxInputPixels: number; maxDecodedBytes: number }
  wechat: { appId?: string; secret?: string; apiBase: string; timeoutMs: number; configured: boolean; pushToken?: string; pushAesKey?: string }
  /** Subscribe-message templates by purpose (modules/notify/templates.ts); empty: the outbox only records. */
  subscribeTemplates: SubscribeTemplates
  rateLimits: Readonly<Record<LimitKind, Rate>>
  /** Shared state across instances (rate limits, viewer-cache invalidation); null: the database and per-process caches. */
  redis: { url: string; keyPrefix: string } | null
  h5Dir: string
  outboxIntervalMs: number
  /** A message WeChat refuses is tried `maxAttempts` times, waiting retryBaseMs, then twice that… (modules/notify/delivery.ts). */
  outbox: { maxAttempts: number; retryBaseMs: number }
  /** Periodic tasks (jobs/): on, or off (tests that drive the sweeps themselves); `schema`: graphile-worker's on PostgreSQL. */
  jobs: { enabled: boolean; schema: string; /** JOBS_CRON: replaces every cron task's schedule (the cluster test: each minute). */ cron: string | null }
  /** After SIGTERM: how long /readyz answers 503 while requests are still served, so the load balancer stops sending them. */
  drainDelayMs: number
  /** Hours past its due time before an open issue goes one level up (and again before the next). */
  issueEscalationMarginHours: number
  /** How many proxies in front of the gateway append to X-Forwarded-For / -Proto (0: trust no header). */
  trustedProxyHops: number
  /** signInDev: off, only from a loopback client (after trusted proxies), or from anywhere. Always off in production. */
  devSignIn: 'off' | 'loopback' | 'any'
  /** Browser origins besides the gateway's own that may call /graphql (CORS); none by default. */
  corsOrigins: readonly string[]
  /** The allow-list: every released manifest in `dir` plus the current build's `current`. */
  persistedOperations: { dir: string; current: string; allowArbitrary: boolean }
  /** How long a signed-out visitor's public list is served from memory (0: never); below half a media URL's lifetime. */
  responseCacheSeconds: number
}>

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws a ConfigError naming every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  const production = e.NODE_ENV === 'production'
  if (production && !e.MEDIA_SIGNING_SECRET) {
    throw new ConfigError('Invalid configuration:\n  MEDIA_SIGNING_SECRET: required when NODE_ENV=production')
  }
  if (production && e.WECHAT_APPID && !e.WECHAT_PUSH_TOKEN) {
    // Without message push WeChat's image check results never arrive and every photo stays hidden.
    throw new ConfigError('Invalid configuration:\n  WECHAT_PUSH_TOKEN: required when WECHAT_APPID is set and NODE_ENV=production (image content-safety results arrive by message push)')
  }
  // LINLI_TRUST_PROXY=true is the older spelling of one trusted hop (one reverse proxy in front).
  const aliasHops = e.LINLI_TRUST_PROXY === undefined ? undefined : e.LINLI_TRUST_PROXY ? 1 : 0
  if (aliasHops !== undefined && e.LINLI_TRUSTED_PROXY_HOPS !== undefined && aliasHops !== e.LINLI_TRUSTED_PROXY_HOPS) {
    throw new ConfigError('Invalid configuration:\n  LINLI_TRUST_PROXY: contradicts LINLI_TRUSTED_PROXY_HOPS (set only LINLI_TRUSTED_PROXY_HOPS)')
  }
  let subscribeTemplates: SubscribeTemplates
  try {
    subscribeTemplates = parseSubscribeTemplates(e.WECHAT_SUBSCRIBE_TEMPLATES)
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  WECHAT_SUBSCRIBE_TEMPLATES: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (e.MEDIA_STORAGE === 's3' && !e.S3_BUCKET) throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when MEDIA_STORAGE=s3')
  if (Boolean(e.S3_ACCESS_KEY_ID) !== Boolean(e.S3_SECRET_ACCESS_KEY)) {
    throw new ConfigError('Invalid configuration:\n  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither')
  }
  const s3: S3Settings | null = e.MEDIA_STORAGE === 's3' && e.S3_BUCKET
    ? { endpoint: e.S3_ENDPOINT, bucket: e.S3_BUCKET, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE, keyPrefix: e.S3_KEY_PREFIX }
    : null
  const devSignInAsked = e.LINLI_DEV_SIGNIN === 'any' ? 'any' : ['1', 'true', 'loopback'].includes(e.LINLI_DEV_SIGNIN ?? '') ? 'loopback' : 'off'
  const minute = 60
  const url = e.DATABASE_URL
  const database: Config['database'] = !url
    ? { engine: 'sqlite', file: path.join(root, 'data', 'linli.db') }
    : url.startsWith('file:')
      ? { engine: 'sqlite', file: path.resolve(root, url.slice('file:'.length)) }
      : { engine: 'postgres', url, ...(e.DATABASE_SCHEMA ? { schema: e.DATABASE_SCHEMA } : {}) }
  return Object.freeze({
    env: e.NODE_ENV,
    production,
    port: e.PORT,
    host: e.HOST,
    database,
    seed: e.LINLI_SEED,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    media: {
      dir: path.resolve(root, e.MEDIA_DIR ?? path.join('data', 'media')),
      s3,
      maxBytes: e.MEDIA_MAX_BYTES,
      urlTtlSeconds: e.MEDIA_URL_TTL_SECONDS,
      // Outside production a per-process secret is fine: signed URLs only need to outlive one page view.
      signingSecret: e.MEDIA_SIGNING_SECRET ?? randomBytes(32).toString('hex'),
      maxEdgePx: e.MEDIA_MAX_EDGE_PX,
      maxInputPixels: e.MEDIA_MAX_INPUT_PIXELS,
      maxDecodedBytes: e.MEDIA_MAX_DECODED_BYTES,
    },
    wechat: {
      appId: e.WECHAT_APPID,
      secret: e.WECHAT_SECRET,
      apiBase: e.WECHAT_API_BASE.replace(/\/$/, ''),
      timeoutMs: e.WECHAT_TIMEOUT_MS,
      configured: Boolean(e.WECHAT_APPID && e.WECHAT_SECRET),
      pushToken: e.WECHAT_PUSH_TOKEN,
      pushAesKey: e.WECHAT_PUSH_AES_KEY,
    },
    subscribeTemplates,
    rateLimits: {
      signIn: { limit: e.RATE_LIMIT_SIGNIN_PER_MINUTE, periodSeconds: minute },
      upload: { limit: e.RATE_LIMIT_UPLOADS_PER_MINUTE, periodSeconds: minute },
      issue: { limit: e.RATE_LIMIT_ISSUES_PER_HOUR, periodSeconds: 60 * minute },
      comment: { limit: e.RATE_LIMIT_COMMENTS_PER_HOUR, periodSeconds: 60 * minute },
      claim: { limit: e.RATE_LIMIT_CLAIMS_PER_DAY, periodSeconds: 24 * 60 * minute },
      proposal: { limit: e.RATE_LIMIT_PROPOSALS_PER_DAY, periodSeconds: 24 * 60 * minute },
      support: { limit: e.RATE_LIMIT_SUPPORTS_PER_MINUTE, periodSeconds: minute },
    },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : null,
    h5Dir: path.resolve(root, e.H5_DIR ?? path.join('dist', 'h5')),
    outboxIntervalMs: e.OUTBOX_INTERVAL_MS,
    outbox: { maxAttempts: e.OUTBOX_MAX_ATTEMPTS, retryBaseMs: e.OUTBOX_RETRY_BASE_MS },
    jobs: { enabled: e.LINLI_JOBS === 'on', schema: e.JOBS_SCHEMA, cron: e.JOBS_CRON ?? null },
    drainDelayMs: e.DRAIN_DELAY_MS ?? (production ? 5000 : 0),
    issueEscalationMarginHours: e.ISSUE_ESCALATION_MARGIN_HOURS,
    trustedProxyHops: e.LINLI_TRUSTED_PROXY_HOPS ?? aliasHops ?? 0,
    devSignIn: production ? 'off' : devSignInAsked,
    corsOrigins: Object.freeze(e.LINLI_CORS_ORIGINS),
    persistedOperations: {
      dir: path.resolve(root, e.PERSISTED_OPERATIONS_DIR ?? path.join('gateway', 'persisted')),
      current: path.resolve(root, 'src', 'graphql', 'generated', 'persisted-documents.json'),
      // Production runs only the app's own operations; development also takes any (GraphiQL, tests).
      allowArbitrary: e.ALLOW_ARBITRARY_OPERATIONS ?? !production,
    },
    // A cached answer's signed media URLs must stay valid long after it is served. Several instances
    // (PostgreSQL) without Redis cannot tell each other about a write: then an answer lives 5 s at most.
    responseCacheSeconds: Math.min(e.RESPONSE_CACHE_SECONDS, Math.floor(e.MEDIA_URL_TTL_SECONDS / 2), database.engine === 'postgres' && !e.REDIS_URL ? 5 : Infinity),
  })
}
