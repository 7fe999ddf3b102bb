import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { Redis } from 'ioredis'
import S3rver from 's3rver'

// What several gateway instances share besides the database, started by the tests themselves: an
// S3-protocol server (s3rver, on 127.0.0.1 with a random port and a temporary directory) and Redis
// (TEST_REDIS_URL, else 127.0.0.1:6379 when it answers; LINLI_REQUIRE_REDIS=1 makes it required).

export interface TestBucket {
  /** Gateway environment that stores media in this bucket. */
  env: Record<string, string>
  bucket: string
  keys(): Promise<string[]>
  get(key: string): Promise<Buffer>
  exists(key: string): Promise<boolean>
  remove(key: string): Promise<void>
  close(): Promise<void>
}

export async function startS3(bucket = 'linli-media'): Promise<TestBucket> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  // s3rver's own keys: it checks every request's signature against them.
  const env = { MEDIA_STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: bucket, S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' }
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' })
  return {
    env,
    bucket,
    keys: async () => ((await client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!),
    get: async (key) => Buffer.from(await (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToByteArray()),
    exists: (key) => client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, (error: { $metadata?: { httpStatusCode?: number } }) => {
      if (error.$metadata?.httpStatusCode === 404) return false
      throw error
    }),
    remove: async (key) => void (await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))),
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}

/** Redis for the tests, or why there is none (then the Redis tests are skipped, saying so). */
export async function testRedis(): Promise<{ url: string } | { skipped: string }> {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  probe.on('error', () => {})
  try {
    await probe.connect()
    await probe.ping()
    return { url }
  } catch (error) {
    const why = `Redis at ${url} does not answer (${error instanceof Error ? error.message : String(error)})`
    if (process.env.LINLI_REQUIRE_REDIS === '1') throw new Error(`LINLI_REQUIRE_REDIS=1 but ${why}: the Redis tests cannot be skipped here`)
    console.warn(`[gateway tests] ${why}: Redis tests are SKIPPED (set TEST_REDIS_URL or start redis-server)`)
    return { skipped: why }
  } finally {
    probe.disconnect()
  }
}

/** A key prefix of one test's own, so tests running at once never share buckets or channels. */
export const redisPrefix = () => `linli-test:${process.pid}:${randomBytes(4).toString('hex')}:`

/** Removes every key under a test's prefix. */
export async function dropRedisKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url)
  try {
    const keys = await client.keys(`${prefix}*`)
    if (keys.length) await client.del(...keys)
  } finally {
    client.disconnect()
  }
}
