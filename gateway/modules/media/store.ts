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
