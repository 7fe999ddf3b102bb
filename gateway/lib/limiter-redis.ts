import type { Redis } from 'ioredis'
import type { Logger } from 'pino'
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import type { Config, LimitKind } from '../config'
import { errors } from './errors'
import type { Limiter } from './limiter'

/**
 * The same token bucket as the database limiter's (lib/limiter.ts), as the Lua script
 * rate-limiter-flexible runs for each consumption (its `customIncrTtlLuaScript`; its own is a fixed
 * window, which lets 2× the limit through across a window's turn). Redis's clock, not the
 * instances', times the refill. Arguments as the library passes them: ARGV[1] points asked,
 * ARGV[3] the bucket's size, ARGV[4] its period in seconds. Answers what the library reads:
 * {consumed, ms}: consumed ≤ size means taken; a refusal (size + asked) takes nothing and says
 * how long until a whole token is back.
 */
const TOKEN_BUCKET = `
local asked = tonumber(ARGV[1])
local size = tonumber(ARGV[3])
local periodMs = tonumber(ARGV[4]) * 1000
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = size
  at = now
end
if now > at then
  tokens = math.min(size, tokens + (now - at) * size / periodMs)
  at = now
end
if tokens >= asked - 1e-9 then
  tokens = tokens - asked
  redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
  redis.call('PEXPIRE', KEYS[1], periodMs)
  return {size - math.floor(tokens + 1e-9), math.ceil((size - tokens) * periodMs / size)}
end
return {size + asked, math.ceil((asked - tokens) * periodMs / size)}
`

/**
 * Rate limits on Redis (REDIS_URL): one bucket per kind and key shared by every instance, one round
 * trip each. When Redis cannot answer, the database limiter takes over (the same budgets, shared
 * through the database) until it can again.
 */
export function createRedisLimiter(redis: Redis, prefix: string, rates: Config['rateLimits'], fallback: Limiter, log: Logger): Limiter {
  const buckets = new Map<LimitKind, RateLimiterRedis>()
  for (const [kind, rate] of Object.entries(rates) as [LimitKind, Config['rateLimits'][LimitKind]][]) {
    buckets.set(kind, new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}rate:${kind}`, points: rate.limit, duration: rate.periodSeconds, customIncrTtlLuaScript: TOKEN_BUCKET, rejectIfRedisNotReady: true }))
  }
  let warned = 0
  return {
    async consume(key, kind) {
      try {
        await buckets.get(kind)!.consume(key) // every kind has a bucket, made above from the same record
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) throw errors.rateLimited(Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)), kind)
        if (Date.now() - warned > 60_000) {
          warned = Date.now()
          log.warn({ err: outcome }, 'Redis rate limiter unavailable: using the database buckets')
        }
        await fallback.consume(key, kind)
      }
    },
    // Redis forgets idle buckets by itself (PEXPIRE a period after the last take); the fallback's table may hold some.
    prune: () => fallback.prune(),
  }
}
