import type { DB } from '../../db/database'
import { newId, nowIso } from '../../lib/ids'
import { insertAudit } from './store'

export interface AuditEntry {
  actorId: string
  action: string
  subject: { type: string; id: string }
  communityId: string | null
  details?: Record<string, unknown>
}

/** Records a staff action; pass the transaction the action runs in, so both land or neither does. */
export async function recordAudit(db: DB, entry: AuditEntry): Promise<void> {
  await insertAudit(db, {
    id: newId(),
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subject.type,
    subject_id: entry.subject.id,
    community_id: entry.communityId,
    details: JSON.stringify(entry.details ?? {}),
    created_at: nowIso(),
  })
}
