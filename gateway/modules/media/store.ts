import type { DB } from '../../db/database'
import type { MediaRow } from '../../db/tables'

export async function insertMedia(db: DB, row: MediaRow): Promise<void> {
  await db.insertInto('media').values(row).execute()
}

export async function mediaByIds(db: DB, ids: readonly string[]): Promise<MediaRow[]> {
  return db.selectFrom('media').selectAll().where('id', 'in', ids).execute()
}

export async function attach(db: DB, id: string, subject: { type: string; id: string }): Promise<void> {
  await db.updateTable('media').set({ subject_type: subject.type, subject_id: subject.id }).where('id', '=', id).execute()
}

export async function mediaBySubjects(db: DB, subjectType: string, subjectIds: readonly string[]): Promise<MediaRow[]> {
  return db.selectFrom('media').selectAll().where('subject_type', '=', subjectType).where('subject_id', 'in', subjectIds).orderBy('id').execute()
}

export async function recordCheck(db: DB, id: string, patch: Partial<Pick<MediaRow, 'check_status' | 'check_trace_id' | 'check_note' | 'check_origin' | 'checked_at'>>): Promise<void> {
  await db.updateTable('media').set(patch).where('id', '=', id).execute()
}

/** Settles a pending check named by WeChat's trace_id; the row when it was pending, undefined otherwise (a repeated event changes nothing). */
export async function settleCheck(db: DB, traceId: string, patch: Pick<MediaRow, 'check_status' | 'check_note' | 'checked_at'>): Promise<MediaRow | undefined> {
  return db.updateTable('media').set(patch).where('check_trace_id', '=', traceId).where('check_status', '=', 'PENDING').returningAll().executeTakeFirst()
}

/** Pending uploads WeChat was never asked about (it failed or timed out), uploaded since `since`, with their uploader's openid. */
export async function checksToRetry(db: DB, since: string, limit: number): Promise<(MediaRow & { openid: string | null })[]> {
  return db
    .selectFrom('media')
    .innerJoin('accounts', 'accounts.id', 'media.owner_id')
    .selectAll('media')
    .select('accounts.openid')
    .where('media.check_status', '=', 'PENDING')
    .where('media.check_trace_id', 'is', null)
    .where('media.check_origin', 'is not', null)
    .where('accounts.openid', 'is not', null)
    .where('media.created_at', '>=', since)
    .orderBy('media.id')
    .limit(limit)
    .execute()
}
