import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { DB } from '../database'
import { newId } from '../../lib/ids'
import type { MediaStorage } from '../../modules/media/storage'
import { COVER_SIZE, type CoverKey } from './cover-art'

// The demo's cover pictures (drawn in cover-art.ts, rendered by `npm run draw:covers`), stored
// the way an upload is: under an unguessable name in the media storage, with a media row
// attached to the notice or activity, already checked (they are ours).

const COVERS_DIR = path.join(__dirname, 'covers')

/** Stores one demo cover for a subject; null without a media directory (then the seed has no pictures). */
export async function seedCover(trx: DB, storage: MediaStorage | null, key: CoverKey, subject: { type: 'Notice' | 'Activity'; id: string }, at: string): Promise<string | null> {
  if (!storage) return null
  const bytes = fs.readFileSync(path.join(COVERS_DIR, `${key}.jpg`))
  const id = newId()
  const storedName = `${randomBytes(24).toString('hex')}.jpg`
  await storage.put(storedName, bytes)
  await trx
    .insertInto('media')
    .values({ id, owner_id: null, stored_name: storedName, mime: 'image/jpeg', size_bytes: bytes.length, subject_type: subject.type, subject_id: subject.id, created_at: at, check_status: 'PASSED', width: COVER_SIZE.width, height: COVER_SIZE.height })
    .execute()
  return id
}
