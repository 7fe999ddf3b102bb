import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { Config } from '../../config'
import type { S3Settings } from './storage-s3'

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

export type { S3Settings }

/** The storage the configuration names: MEDIA_STORAGE=dir (MEDIA_DIR) or s3 (S3_*; the SDK is loaded only then). */
export async function mediaStorage(config: Pick<Config, 'media'>): Promise<MediaStorage> {
  const { s3, dir } = config.media
  return s3 ? (await import('./storage-s3')).s3Storage(s3) : directoryStorage(dir)
}
