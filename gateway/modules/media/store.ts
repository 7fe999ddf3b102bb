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
