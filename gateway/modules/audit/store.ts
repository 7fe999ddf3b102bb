import type { DB } from '../../db/database'
import type { AuditLogRow } from '../../db/tables'

export async function insertAudit(db: DB, row: AuditLogRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute()
}

export async function auditPage(db: DB, communityId: string, beforeId: string | null, limit: number): Promise<AuditLogRow[]> {
  let q = db.selectFrom('audit_log').selectAll().where('community_id', '=', communityId)
  if (beforeId) q = q.where('id', '<', beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}
