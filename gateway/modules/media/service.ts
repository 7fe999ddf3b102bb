import { randomBytes } from 'node:crypto'
import { loader, loaderById, type GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { MediaRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { startContentCheck } from './check'
import { ImageRefused, reencodeImage } from './image'
import { EXTENSION } from './image-type'
import { signedMediaPath } from './signing'
import * as store from './store'

type Ctx = Pick<GatewayContext, 'db' | 'loaders' | 'viewer' | 'config'>

/** Who may see files attached to a kind of thing: each module registers its own rule. */
export type MediaAudience = (ctx: GatewayContext, subjectId: string) => Promise<boolean>
const audiences = new Map<string, MediaAudience>()

export function registerMediaAudience(subjectType: string, audience: MediaAudience): void {
  audiences.set(subjectType, audience)
}

/** Who, besides the uploader, sees files of a kind of thing while WeChat's check is pending: staff in scope. */
const reviewers = new Map<string, MediaAudience>()

export function registerMediaReviewers(subjectType: string, audience: MediaAudience): void {
  reviewers.set(subjectType, audience)
}

export const mediaById = (ctx: Pick<GatewayContext, 'db' | 'loaders'>) =>
  loaderById<MediaRow>(ctx, 'mediaById', (ids) => store.mediaByIds(ctx.db, ids))

export class UploadRefused extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

/**
 * Stores an upload: decoded and re-encoded (oriented, shrunk, metadata gone) under an unguessable
 * name, then sent to WeChat's content-safety check; neighbours see it once that passes.
 */
export async function saveUpload(
  ctx: Pick<GatewayContext, 'db' | 'config' | 'log' | 'platform' | 'origin' | 'storage'>,
  uploader: { id: string; openid: string | null },
  bytes: Uint8Array,
): Promise<MediaRow> {
  if (bytes.length > ctx.config.media.maxBytes) throw new UploadRefused(413, 'BAD_USER_INPUT', `图片不能超过 ${Math.floor(ctx.config.media.maxBytes / 1024 / 1024)} MB`)
  if (bytes.length === 0) throw new UploadRefused(400, 'BAD_USER_INPUT', '没有收到图片')
  let image: Awaited<ReturnType<typeof reencodeImage>>
  try {
    image = await reencodeImage(bytes, ctx.config.media)
  } catch (error) {
    if (error instanceof ImageRefused) throw new UploadRefused(error.status, 'BAD_USER_INPUT', error.message)
    throw error
  }
  const storedName = `${randomBytes(24).toString('hex')}.${EXTENSION[image.mime]}`
  await ctx.storage.put(storedName, image.bytes)
  const row: MediaRow = {
    id: newId(), owner_id: uploader.id, stored_name: storedName, mime: image.mime, size_bytes: image.bytes.length, subject_type: null, subject_id: null, created_at: nowIso(),
    check_status: 'PENDING', check_trace_id: null, check_note: null, check_origin: null, checked_at: null, width: image.width, height: image.height,
  }
  await store.insertMedia(ctx.db, row)
  return startContentCheck(ctx, row, uploader.openid)
}

/** Whether the viewer may see a file: its uploader, or whoever may see the thing it is attached to (staff in scope while it is being checked). */
export async function canViewMedia(ctx: GatewayContext, media: MediaRow): Promise<boolean> {
  // WeChat found it risky: hidden from everyone, its uploader was told.
  if (media.check_status === 'REJECTED') return false
  if (ctx.viewer && media.owner_id === ctx.viewer.account.id) return true
  if (!media.subject_type || !media.subject_id) return false
  if (media.check_status === 'PENDING') {
    const staff = reviewers.get(media.subject_type)
    return staff ? staff(ctx, media.subject_id) : false
  }
  const audience = audiences.get(media.subject_type)
  return audience ? audience(ctx, media.subject_id) : false
}

/** A signed, expiring URL for the viewer, or null when they may not see the file. */
export async function mediaUrl(ctx: GatewayContext, media: MediaRow): Promise<string | null> {
  if (!(await canViewMedia(ctx, media))) return null
  const expires = Math.floor(Date.now() / 1000) + ctx.config.media.urlTtlSeconds
  return `${ctx.origin}${signedMediaPath(ctx.config.media.signingSecret, media.id, expires)}`
}

/**
 * Attaches the viewer's upload to a thing (inside the caller's transaction). The file must be the
 * viewer's own and not yet attached elsewhere; otherwise NOT_FOUND, as if it did not exist.
 */
export async function attachMedia(db: DB, ctx: Ctx, mediaId: string, subject: { type: string; id: string }): Promise<void> {
  const media = isId(mediaId) ? (await store.mediaByIds(db, [mediaId]))[0] : undefined
  const mine = media && ctx.viewer && media.owner_id === ctx.viewer.account.id
  const free = media && (!media.subject_id || (media.subject_type === subject.type && media.subject_id === subject.id))
  if (!media || !mine || !free) throw errors.notFound('图片')
  await store.attach(db, media.id, subject)
}

/** Attaches several uploads to a thing; those already attached to it stay as they are, whoever uploaded them. */
export async function attachMediaList(db: DB, ctx: Ctx, mediaIds: readonly string[], subject: { type: string; id: string }): Promise<void> {
  if (!mediaIds.length) return
  const valid = mediaIds.filter(isId)
  const known = valid.length ? await store.mediaByIds(db, valid) : []
  for (const id of mediaIds) {
    const row = known.find((m) => m.id === id)
    if (row && row.subject_type === subject.type && row.subject_id === subject.id) continue
    await attachMedia(db, ctx, id, subject)
  }
}

/** Files attached to things of one type, per thing, in upload order. */
export const mediaOfSubject = (ctx: Pick<GatewayContext, 'db' | 'loaders'>, subjectType: string) =>
  loader<string, MediaRow[]>(ctx, `mediaOf:${subjectType}`, async (ids) => {
    const rows = await store.mediaBySubjects(ctx.db, subjectType, ids)
    return ids.map((id) => rows.filter((r) => r.subject_id === id))
  })
