import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import { recordAudit } from '../audit/service'
import { notify, type Notification } from '../notify/service'
import { cutText } from '../../lib/input-text'

// What an activity step leaves behind, written in the caller's transaction: the audit entry for a
// staff act and inbox entries (with a subscribe message in the outbox) for the people it concerns.

export const DETAIL_PAGE = 'features/activities/pages/detail/index'

/** 12月5日 14:30 in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export async function auditStaff(trx: DB, ctx: GatewayContext, action: string, activity: ActivityRow, subject: { type: string; id: string }, details: Record<string, unknown> = {}): Promise<void> {
  const actorId = ctx.viewer?.account.id
  if (!actorId) return
  await recordAudit(trx, { actorId, action: `activity.${action}`, subject, communityId: activity.community_id, details })
}

const STATUS_TITLE: Record<string, string> = {
  CONFIRMED: '报名成功', WAITLISTED: '已进入候补', PENDING: '报名待审核', DECLINED: '报名未通过', CANCELLED: '报名已取消',
  PROMOTED: '候补转为报名成功', ATTENDED: '已签到',
}

/** Tells registrants what happened to their registration (not the person who did it themselves). */
export async function tellRegistrants(trx: DB, ctx: GatewayContext, activity: ActivityRow, told: { registration: RegistrationRow; what: keyof typeof STATUS_TITLE | string; note?: string }[]): Promise<void> {
  const actorId = ctx.viewer?.account.id ?? null
  const list: Notification[] = told
    .filter((t) => t.registration.account_id !== actorId)
    .map(({ registration, what, note }) => {
      const title = STATUS_TITLE[what] ?? '报名有更新'
      return {
        accountId: registration.account_id,
        kind: `ACTIVITY_${what}`,
        title,
        body: `「${activity.title}」${shanghaiTime(activity.starts_at)},${activity.venue}${note ? `。${note}` : ''}`,
        subject: { type: 'Activity', id: activity.id },
        subscribe: { template: 'ACTIVITY_STATUS', page: `${DETAIL_PAGE}?id=${activity.id}`, data: { thing1: cutText(activity.title, 20), phrase2: cutText(title, 5), time3: shanghaiTime(activity.starts_at) } },
      }
    })
  if (list.length) await notify(trx, list)
}

/** Everyone still registered hears that the activity is cancelled, with the reason. */
export async function tellCancelled(trx: DB, activity: ActivityRow, registrants: readonly RegistrationRow[], reason: string): Promise<void> {
  const accounts = [...new Set(registrants.map((r) => r.account_id))]
  if (!accounts.length) return
  await notify(
    trx,
    accounts.map((accountId) => ({
      accountId,
      kind: 'ACTIVITY_CANCELLED',
      title: '活动已取消',
      body: `「${activity.title}」(${shanghaiTime(activity.starts_at)})已取消:${reason}`,
      subject: { type: 'Activity', id: activity.id },
      subscribe: { template: 'ACTIVITY_STATUS', page: `${DETAIL_PAGE}?id=${activity.id}`, data: { thing1: cutText(activity.title, 20), phrase2: '活动取消', time3: shanghaiTime(activity.starts_at) } },
    })),
  )
}
