import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'

/** Where media files live. One machine: a directory; the scale-out step puts object storage behind the same three calls. */
export interface MediaStorage {
  /** Stores a new file; never overwrites one of the same name. */
  put(name: string, bytes: Uint8Array): Promise<void>
  /** The file's bytes as a stream (errors surface on the stream). */
  read(name: string): Readable
  /** Removes a file; a missing one is not an error. */
  remove(name: string): Promise<void>
}

export function directoryStorage(dir: string): MediaStorage {
  const at = (name: string) => path.join(dir, path.basename(name))
  return {
    async put(name, bytes) {
      await fs.mkdir(dir, { recursive: true })
      await fs.writeFile(at(name), bytes, { flag: 'wx' })
    },
    read: (name) => createReadStream(at(name)),
    remove: (name) => fs.rm(at(name), { force: true }),
  }
}

/** The storage the configuration names (today always the media directory). */
export function mediaStorage(config: { media: { dir: string } }): MediaStorage {
  return directoryStorage(config.media.dir)
}
