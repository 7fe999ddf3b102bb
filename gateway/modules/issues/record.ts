import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { IssueRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { recordAudit } from '../audit/service'
import { attachMedia } from '../media/service'
import { notify } from '../notify/service'
import { maySee } from './policies'
import * as store from './store'
import { cutText } from '../../lib/input-text'

// One step of an issue, written in the caller's transaction: the timeline entry, its photos, the
// audit entry for staff, and an inbox entry for the reporter and every follower (not the actor).

const TITLES: Record<string, string> = {
  SUBMITTED: '报事已提交', ACCEPTED: '报事已受理', IN_PROGRESS: '报事正在处理', RESOLVED: '报事已处理完成,请确认并评价',
  REJECTED: '报事未受理', CLOSED: '报事已关闭', REOPENED: '报事已重新打开', NOTE: '报事有新进展', REASSIGNED: '报事已转交他人处理',
  DUPLICATE: '报事已合并到相同问题', FOLLOW_UP: '已收到您的回访答复', RESOLVED_BY_PROPOSAL: '报事由议事解决,请确认并评价',
  ESCALATED: '报事逾期已上报',
}

export const MAX_PHOTOS = 9

export interface Step {
  kind: string
  status: string
  note?: string | null
  photoIds?: readonly string[] | null
  /** Staff acts are audited; the reporter's and the clock's are not. */
  staff: boolean
  /** Extra people to tell (a new assignee). */
  alsoTell?: readonly string[]
}

export function checkPhotos(photoIds: readonly string[] | null | undefined): readonly string[] {
  const ids = photoIds ?? []
  if (ids.length > MAX_PHOTOS) throw errors.badInput(`最多上传 ${MAX_PHOTOS} 张照片`, 'photoIds')
  if (new Set(ids).size !== ids.length) throw errors.badInput('照片重复了', 'photoIds')
  return ids
}

/** Those of `accountIds` who may see the issue now: a follower whose right to see it has gone hears nothing more. */
export async function whoMaySee(db: DB, issue: IssueRow, accountIds: readonly string[]): Promise<string[]> {
  return (await store.onlookers(db, accountIds)).filter((who) => maySee(who, issue)).map((who) => who.accountId)
}

export async function recordStep(trx: DB, ctx: GatewayContext, issue: IssueRow, step: Step): Promise<void> {
  const actorId = ctx.viewer?.account.id ?? null
  const at = nowIso()
  const eventId = newId()
  await trx.insertInto('issue_events').values({ id: eventId, issue_id: issue.id, kind: step.kind, status: step.status, note: step.note ?? null, actor_id: actorId, at }).execute()
  for (const photoId of step.photoIds ?? []) await attachMedia(trx, ctx, photoId, { type: 'IssueEvent', id: eventId })
  if (step.staff && actorId) {
    await recordAudit(trx, { actorId, action: `issue.${step.kind.toLowerCase()}`, subject: { type: 'Issue', id: issue.id }, communityId: issue.community_id, details: { status: step.status, note: step.note ?? null } })
  }
  const followers = await store.followersOf(trx, issue.id)
  const own = new Set([issue.reporter_id, ...followers])
  const audience = new Set(await whoMaySee(trx, issue, [...own, ...(step.alsoTell ?? [])]))
  if (actorId) audience.delete(actorId)
  const title = TITLES[step.kind] ?? '报事有更新'
  await notify(
    trx,
    [...audience].map((accountId) => ({
      accountId,
      kind: `ISSUE_${step.kind}`,
      title,
      body: step.note ? `「${issue.title}」${step.note}` : `「${issue.title}」`,
      subject: { type: 'Issue', id: issue.id },
      // Their own or followed issue, or work in a handler's queue (a daily summary by default); fire safety at once.
      topic: own.has(accountId) ? 'MY_ISSUES' as const : 'WORK' as const,
      urgent: issue.category === 'FIRE_SAFETY',
      subscribe: accountId === issue.reporter_id ? { template: 'ISSUE_STATUS', page: `features/issues/pages/detail/index?id=${issue.id}`, data: { thing1: cutText(issue.title, 20), phrase2: cutText(title, 5) } } : undefined,
    })),
  )
}
