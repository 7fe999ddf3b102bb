import type { Logger } from 'pino'
import type { DB } from '../../db/database'
import { newId, nowIso } from '../../lib/ids'
import type { WeChatApi } from '../../platform/wechat'
import * as store from './store'

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
      })),
  )
}

/**
 * Delivers pending outbox rows through WeChat when it is configured; otherwise marks them RECORDED
 * (kept, visible to operators, never sent). Returns how many rows it settled.
 */
export async function deliverOutbox(db: DB, wechat: WeChatApi | null, log: Logger, batch = 50): Promise<number> {
  const rows = await store.pendingOutbox(db, batch)
  for (const row of rows) {
    if (!wechat || !row.openid) {
      await store.settleOutbox(db, row.id, { status: 'RECORDED', last_error: wechat ? 'no openid' : 'wechat not configured' })
      continue
    }
    const payload = JSON.parse(row.payload) as { page?: string; data: Record<string, string> }
    try {
      await wechat.sendSubscribeMessage({
        openid: row.openid,
        templateId: row.template,
        page: payload.page,
        data: Object.fromEntries(Object.entries(payload.data).map(([k, v]) => [k, { value: v }])),
      })
      await store.settleOutbox(db, row.id, { status: 'SENT', sent_at: nowIso(), last_error: null })
    } catch (error) {
      log.warn({ err: error, outboxId: row.id }, 'subscribe message failed')
      const attempts = row.attempts + 1
      await store.settleOutbox(db, row.id, { status: attempts >= 3 ? 'FAILED' : 'PENDING', last_error: String(error) })
    }
  }
  return rows.length
}
