import path from 'node:path'
import type { Readable } from 'node:stream'
import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import type { MediaStorage } from './storage'

// Media in an S3-compatible bucket (MEDIA_STORAGE=s3): Tencent COS, MinIO and S3 speak the same
// protocol. Only the gateway talks to it; residents fetch files through the gateway's signed URLs.

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' }

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
