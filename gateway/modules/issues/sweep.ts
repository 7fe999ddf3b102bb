import type { DB } from '../../db/database'
import { newId } from '../../lib/ids'
import { notify } from '../notify/service'
import { AUTO_CLOSE_DAYS, FOLLOW_UP_DAYS } from './lifecycle'

// What the clock does to issues, run periodically by the gateway (and by tests with their own `now`):
// a resolved issue unanswered for 7 days closes, unrated; 7 days after closing, the reporter is asked once
// 是否真正解决?. Each issue changes in its own short transaction, guarded by its status.

export async function sweepIssues(db: DB, now: Date = new Date()): Promise<{ closed: number; asked: number }> {
  const at = now.toISOString()
  const closeBefore = new Date(now.getTime() - AUTO_CLOSE_DAYS * 86_400_000).toISOString()
  const askBefore = new Date(now.getTime() - FOLLOW_UP_DAYS * 86_400_000).toISOString()
  let closed = 0
  let asked = 0
  const stale = await db.selectFrom('issues').select(['id', 'title', 'reporter_id']).where('status', '=', 'RESOLVED').where('resolved_at', '<', closeBefore).limit(500).execute()
  for (const issue of stale) {
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('issues').set({ status: 'CLOSED', closed_at: at, updated_at: at }).where('id', '=', issue.id).where('status', '=', 'RESOLVED').executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return
      closed++
      await trx.insertInto('issue_events').values({ id: newId(), issue_id: issue.id, kind: 'CLOSED', status: 'CLOSED', note: `${AUTO_CLOSE_DAYS} 天未确认,自动关闭`, actor_id: null, at }).execute()
      await notify(trx, [{ accountId: issue.reporter_id, kind: 'ISSUE_CLOSED', title: '报事已自动关闭', body: `「${issue.title}」处理完成 ${AUTO_CLOSE_DAYS} 天未确认,已自动关闭。`, subject: { type: 'Issue', id: issue.id } }])
    })
  }
  const due = await db
    .selectFrom('issues')
    .select(['id', 'title', 'reporter_id'])
    .where('status', '=', 'CLOSED')
    .where('duplicate_of', 'is', null)
    .where('resolved_at', 'is not', null)
    .where('closed_at', '<', askBefore)
    .where('follow_up_sent_at', 'is', null)
    .limit(500)
    .execute()
  for (const issue of due) {
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('issues').set({ follow_up_sent_at: at }).where('id', '=', issue.id).where('follow_up_sent_at', 'is', null).executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return
      asked++
      await notify(trx, [{ accountId: issue.reporter_id, kind: 'ISSUE_FOLLOW_UP', title: '是否真正解决?', body: `「${issue.title}」关闭已有 ${FOLLOW_UP_DAYS} 天,问题是否真正解决了?请点开回答。`, subject: { type: 'Issue', id: issue.id } }])
    })
  }
  return { closed, asked }
}
