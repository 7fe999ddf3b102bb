import type { Logger } from 'pino'
import type { DB } from '../../db/database'
import { WeChatError, type WeChatApi } from '../../platform/wechat'
import * as outbox from './outbox-store'
import { spendConsent } from './store'
import { TemplateValueError, templateData, type SubscribePurpose, type SubscribeTemplates } from './templates'

// Outbox delivery, safe with any number of drains at once on any number of instances. A duplicate
// subscribe message spends a resident's one-time consent and spams them, so the promise is:
// exactly once while nothing crashes, at most once across a crash. Each row is claimed (SENDING,
// committed) before WeChat is called; only an answer from WeChat saying it did not send puts the
// row back for a retry; no answer at all (a timeout, a drain that died) makes it a dead letter.

export interface DeliveryOptions {
  /** Rows claimed per drain. */
  batch?: number
  /** Attempts before a message WeChat keeps refusing becomes a dead letter. */
  maxAttempts?: number
  /** The wait before the second attempt; each further one waits twice as long (at most an hour). */
  retryBaseMs?: number
  /** Who claims the rows (the jobs instance id): written on each row claimed. */
  claimedBy?: string
  now?: Date
}

/** WeChat answers that will not change on a retry: invalid openid, template or page, the user did not accept, bad data. */
const FINAL_ERRCODES = new Set([40003, 40037, 41030, 43101, 47003])

/** A row SENDING for longer than this belongs to a drain that died (a drain sends a batch within minutes). */
export const INTERRUPTED_AFTER_MS = 15 * 60_000

/**
 * Why a row is a dead letter, kept on it for the admins' screen: the person did not accept the
 * template (43101), the openid is wrong (40003), the template, page or data were refused (or could
 * not be made), WeChat stayed busy through every attempt, WeChat never answered (it may have
 * arrived), or the drain died mid-send (it may have arrived).
 */
export type DeadReason = 'NOT_ACCEPTED' | 'BAD_RECIPIENT' | 'BAD_DATA' | 'GAVE_UP' | 'NO_ANSWER' | 'INTERRUPTED'

type Verdict = { retry: true; why: string } | { retry: false; why: string; reason: DeadReason }

const FINAL_REASON: Record<number, DeadReason> = { 43101: 'NOT_ACCEPTED', 40003: 'BAD_RECIPIENT' }

/** What a failed send means: WeChat said no (retry, unless final), it was never reached (retry), or nobody knows (dead). */
export function judgeFailure(error: unknown): Verdict {
  if (error instanceof WeChatError) return FINAL_ERRCODES.has(error.errcode) ? { retry: false, why: error.message, reason: FINAL_REASON[error.errcode] ?? 'BAD_DATA' } : { retry: true, why: error.message }
  const message = error instanceof Error ? error.message : String(error)
  if (/^WeChat answered HTTP/.test(message)) return { retry: true, why: message }
  const code = (error as { cause?: { code?: string } } | null)?.cause?.code
  if (code && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code)) return { retry: true, why: `${message} (${code}): WeChat not reached` }
  return { retry: false, why: `${message}: no answer from WeChat, it may have been delivered; not sent again`, reason: 'NO_ANSWER' }
}

interface Ready { id: string; attempts: number; openid: string; templateId: string; page?: string; data: Record<string, { value: string }> }

/**
 * Delivers due outbox rows through WeChat when it is configured: only to a person who accepted
 * the row's template (one acceptance spent per message, whatever the retries), with data made to
 * WeChat's limits. Rows that cannot go out are RECORDED (kept, never sent) with why. Returns how
 * many rows this drain claimed.
 */
export async function deliverOutbox(db: DB, wechat: WeChatApi | null, log: Logger, templates: SubscribeTemplates, options: DeliveryOptions = {}): Promise<number> {
  const { batch = 50, maxAttempts = 5, retryBaseMs = 30_000 } = options
  const now = options.now ?? new Date()
  const at = now.toISOString()
  const buried = await outbox.buryInterrupted(db, new Date(now.getTime() - INTERRUPTED_AFTER_MS).toISOString())
  if (buried) log.warn({ buried }, 'outbox rows interrupted while sending are dead letters now')

  // One transaction claims the rows and spends their acceptances; once it commits, no other drain takes them.
  let claimed = 0
  const ready = await db.transaction().execute(async (trx) => {
    const rows = await outbox.claimOutbox(trx, at, batch, options.claimedBy)
    claimed = rows.length
    const openids = await outbox.openids(trx, rows.map((r) => r.account_id))
    const out: Ready[] = []
    for (const row of rows) {
      const template = templates.get(row.template as SubscribePurpose)
      const openid = openids.get(row.account_id) ?? null
      const unsendable = !wechat ? 'wechat not configured' : !openid ? 'no openid' : !template ? 'template not configured' : null
      if (unsendable || !template || !openid) {
        await outbox.settleOutbox(trx, row.id, { status: 'RECORDED', last_error: unsendable })
        continue
      }
      const payload = JSON.parse(row.payload) as { page?: string; data: Record<string, string> }
      let data: Record<string, { value: string }>
      try {
        // The caller's values in order; the configured template says which key and kind each fills.
        data = templateData(template, Object.values(payload.data))
      } catch (error) {
        await outbox.settleOutbox(trx, row.id, { status: 'DEAD', dead_reason: 'BAD_DATA', last_error: error instanceof TemplateValueError ? error.message : String(error) })
        continue
      }
      if (!row.consent_spent_at) {
        if (!(await spendConsent(trx, row.account_id, template.templateId, at))) {
          await outbox.settleOutbox(trx, row.id, { status: 'RECORDED', last_error: 'not consented' })
          continue
        }
        await outbox.settleOutbox(trx, row.id, { consent_spent_at: at })
      }
      out.push({ id: row.id, attempts: row.attempts, openid, templateId: template.templateId, page: payload.page, data })
    }
    return out
  })

  for (const m of ready) {
    try {
      await wechat!.sendSubscribeMessage({ openid: m.openid, templateId: m.templateId, page: m.page, data: m.data }) // ready is empty without wechat
      await outbox.settleOutbox(db, m.id, { status: 'SENT', sent_at: new Date().toISOString(), last_error: null })
    } catch (error) {
      const verdict = judgeFailure(error)
      log.warn({ err: error, outboxId: m.id, attempts: m.attempts, retry: verdict.retry }, 'subscribe message failed')
      if (verdict.retry && m.attempts < maxAttempts) {
        const wait = Math.min(retryBaseMs * 2 ** (m.attempts - 1), 3_600_000)
        await outbox.settleOutbox(db, m.id, { status: 'PENDING', last_error: verdict.why, next_attempt_at: new Date(Date.now() + wait).toISOString() })
      } else {
        await outbox.settleOutbox(db, m.id, verdict.retry
          ? { status: 'DEAD', dead_reason: 'GAVE_UP', last_error: `${verdict.why} (after ${m.attempts} attempts)` }
          : { status: 'DEAD', dead_reason: verdict.reason, last_error: verdict.why })
      }
    }
  }
  return claimed
}
