import type { DB } from '../../db/database'
import { newId, nowIso } from '../../lib/ids'
import { DEFAULT_PREFS, holdUntil, prefsOf, type Mode, type Topic } from './prefs'
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
  /** Which of the person's settings decides how it comes; by default worked out from `kind` (see topicOf). */
  topic?: Topic | null
  /** SAFETY_TIP notices, FIRE_SAFETY issues: at once whatever the settings, and never held for quiet hours. */
  urgent?: boolean
}

/**
 * The setting a kind of message follows, or null for what always comes at once: the person's own
 * ballot, registration and household claim, their roles, overdue and escalated work.
 */
export function topicOf(kind: string): Topic | null {
  if (kind === 'ISSUE_OVERDUE' || kind === 'ISSUE_ESCALATED') return null
  if (kind.startsWith('ISSUE_')) return 'MY_ISSUES'
  if (kind === 'PROPOSAL_VOTING_CLOSING') return null // your household has not voted yet: about your ballot
  if (kind.startsWith('PROPOSAL_')) return 'PROPOSALS'
  if (kind === 'ACTIVITY_REMINDER' || kind === 'ACTIVITY_CANCELLED') return 'ACTIVITIES'
  if (kind.startsWith('NOTICE_')) return 'NOTICES'
  return null // registrations (ACTIVITY_CONFIRMED…), household claims, roles, media checks
}

/**
 * Writes what each person gets with `db`, which the caller passes as its open transaction: by the
 * person's setting for the message's topic, an inbox entry (and outbox row, held past their quiet
 * hours), a line waiting for their daily digest, or nothing.
 */
export async function notify(db: DB, notifications: Notification[]): Promise<void> {
  if (!notifications.length) return
  const now = new Date()
  const at = now.toISOString()
  const prefs = await prefsOf(db, notifications.map((n) => n.accountId))
  const modeOf = (n: Notification): Mode => {
    const topic = n.topic === undefined ? topicOf(n.kind) : n.topic
    return n.urgent || !topic ? 'AT_ONCE' : (prefs.get(n.accountId) ?? DEFAULT_PREFS).modes[topic]
  }
  const atOnce = notifications.filter((n) => modeOf(n) === 'AT_ONCE')
  const later = notifications.filter((n) => modeOf(n) === 'DIGEST')
  await store.insertDigestItems(db, later.map((n) => ({
    id: newId(), account_id: n.accountId, kind: n.kind, title: n.title, body: n.body, subject_type: n.subject?.type ?? null, subject_id: n.subject?.id ?? null, created_at: at, digest_id: null,
  })))
  await store.insertInbox(
    db,
    atOnce.map((n) => ({
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
    atOnce
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
        hold_until: n.urgent ? null : holdUntil(now, prefs.get(n.accountId) ?? DEFAULT_PREFS),
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
