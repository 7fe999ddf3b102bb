import type { DB } from '../../db/database'
import { newId, nowIso } from '../../lib/ids'
import * as store from './store'
import type { SubscribeTemplates } from './templates'

/** A message for one person's inbox, optionally also sent as a WeChat subscribe message. */
export interface Notification {
  accountId: string
  kind: string
  title: string
  body: string
  subject?: { type: string; id: string }
  /** A subscribe-message template and its data; recorded in the outbox in the same transaction. */
  subscribe?: { template: string; page?: string; data: Record<string, string> }
}

/** Writes inbox entries (and outbox rows) with `db`, which the caller passes as its open transaction. */
export async function notify(db: DB, notifications: Notification[]): Promise<void> {
  const at = nowIso()
  await store.insertInbox(
    db,
    notifications.map((n) => ({
      id: newId(),
      account_id: n.accountId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      subject_type: n.subject?.type ?? null,
      subject_id: n.subject?.id ?? null,
      read_at: null,
      created_at: at,
    })),
  )
  await store.insertOutbox(
    db,
    notifications
      .filter((n) => n.subscribe)
      .map((n) => ({
        id: newId(),
        account_id: n.accountId,
        template: n.subscribe!.template, // filtered above
        payload: JSON.stringify({ page: n.subscribe!.page, data: n.subscribe!.data }),
        status: 'PENDING' as const,
        last_error: null,
        created_at: at,
        sent_at: null,
        next_attempt_at: null,
      })),
  )
}

export { deliverOutbox } from './delivery'

/** Records what the person accepted in WeChat's consent dialog; only configured template ids count. */
export async function recordConsents(db: DB, templates: SubscribeTemplates, accountId: string, accepted: readonly string[]): Promise<string[]> {
  const configured = new Set([...templates.values()].map((t) => t.templateId))
  const counted = [...new Set(accepted)].filter((id) => configured.has(id))
  await store.addConsents(db, accountId, counted, nowIso())
  return counted
}
