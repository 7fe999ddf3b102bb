import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { Config } from '../../config'

/**
 * Where media files live: a directory on one machine (the embedded default), or an S3-compatible
 * bucket (Tencent COS, MinIO, S3) that every gateway instance shares. Either way files are served
 * through the gateway's signed /media URLs, never by the storage's own host (which would have to be
 * listed among the mini-program's download domains).
 */
export interface MediaStorage {
  /** Stores a new file under a fresh unguessable name (the caller's; 192 random bits, so never one in use). */
  put(name: string, bytes: Uint8Array): Promise<void>
  /** The file's bytes as a stream (later errors surface on the stream), or null when there is no such file. */
  read(name: string): Promise<Readable | null>
  /** Removes a file; a missing one is not an error. */
  remove(name: string): Promise<void>
  /** Throws, naming the setting to fix, when the storage cannot be used (checked once at start). */
  ready(): Promise<void>
  /** Lets go of connections (gateway close). */
  close(): void
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' }
const isMissing = (error: unknown) => (error as { code?: string }).code === 'ENOENT'

export function directoryStorage(dir: string): MediaStorage {
  const at = (name: string) => path.join(dir, path.basename(name))
  return {
    async put(name, bytes) {
      await fs.mkdir(dir, { recursive: true })
      await fs.writeFile(at(name), bytes, { flag: 'wx' })
    },
    async read(name) {
      // Opened before answering, so a missing file is a 404 rather than a reply cut short.
      const handle = await fs.open(at(name), 'r').catch((error: unknown) => {
        if (isMissing(error)) return null
        throw error
      })
      return handle ? handle.createReadStream() : null
    },
    remove: (name) => fs.rm(at(name), { force: true }),
    ready: async () => void (await fs.mkdir(dir, { recursive: true })),
    close: () => {},
  }
}

export interface S3Settings {
  /** e.g. https://cos.ap-beijing.myqcloud.com, http://127.0.0.1:9000; unset: AWS's own for the region. */
  endpoint?: string
  bucket: string
  region: string
  /** Both or neither; neither: the SDK's default chain (environment, instance role). */
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
  /** Prepended to every object key (`linli/` keeps the bucket shareable). */
  keyPrefix: string
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode

export function s3Storage(settings: S3Settings): MediaStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    // Only what the operation requires: COS, older MinIO and s3rver predate the SDK's default CRC32 checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  })
  const Bucket = settings.bucket
  const key = (name: string) => `${settings.keyPrefix}${path.basename(name)}`
  return {
    async put(name, bytes) {
      await client.send(new PutObjectCommand({ Bucket, Key: key(name), Body: bytes, ContentLength: bytes.length, ContentType: MIME[path.extname(name)] ?? 'application/octet-stream' }))
    },
    async read(name) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key(name) }))
        return (answer.Body as Readable | undefined) ?? null // a Node Readable in Node (SdkStreamMixin)
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchKey' || statusOf(error) === 404) return null
        throw error
      }
    },
    async remove(name) {
      // S3 answers 204 for a key that is not there, as for one it deleted.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key(name) }))
    },
    async ready() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }))
      } catch (error) {
        const status = statusOf(error)
        const why = status === 404 ? 'no such bucket' : status === 403 ? 'access denied (S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY)' : error instanceof Error ? error.message : String(error)
        throw new Error(`media storage: S3 bucket "${Bucket}" at ${settings.endpoint ?? `AWS ${settings.region}`} cannot be used (S3_BUCKET, S3_ENDPOINT): ${why}`)
      }
    },
    close: () => client.destroy(),
  }
}

/** The storage the configuration names: MEDIA_STORAGE=dir (MEDIA_DIR) or s3 (S3_*). */
export function mediaStorage(config: Pick<Config, 'media'>): MediaStorage {
  const { s3, dir } = config.media
  return s3 ? s3Storage(s3) : directoryStorage(dir)
}
