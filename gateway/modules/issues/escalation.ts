import type { DB } from '../../db/database'
import { newId } from '../../lib/ids'
import { notify } from '../notify/service'

// Overdue work goes up the structure by the clock (grid → community admin → street office 下站街道):
// each level `marginHours` after the last (the first after the due time), with a timeline entry and
// an at-once inbox item for the new level and the handler, who stays responsible until someone
// reassigns the issue. Each issue changes in its own short transaction guarded by its level.

const OPEN = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']

export const ESCALATION_LEVELS = [
  { level: 1, to: '社区管理员', note: '逾期未办结,已上报社区管理员督办' },
  { level: 2, to: '下站街道', note: '上报社区后仍未办结,已上报下站街道督办' },
] as const

/** Who hears of level `level`: the community's admins, or the street office of the community's street. */
async function levelAccounts(db: DB, level: number, communityId: string): Promise<string[]> {
  if (level === 1) {
    return (await db.selectFrom('role_assignments').select('account_id').where('role', '=', 'ADMIN').where('scope_id', '=', communityId).execute()).map((r) => r.account_id)
  }
  const rows = await db
    .selectFrom('role_assignments')
    .innerJoin('communities', 'communities.street_id', 'role_assignments.scope_id')
    .select('role_assignments.account_id')
    .where('role_assignments.role', '=', 'STREET_OFFICE')
    .where('communities.id', '=', communityId)
    .execute()
  return rows.map((r) => r.account_id)
}

/** The escalation sweep at `now`: tells handlers once when work turns overdue, and moves issues up a level. */
export async function escalateOverdueIssues(db: DB, now: Date, marginHours: number): Promise<{ noticed: number; escalated: number }> {
  const at = now.toISOString()
  const margin = marginHours * 3_600_000
  let noticed = 0
  let escalated = 0
  const overdue = await db.selectFrom('issues').select(['id', 'title', 'assignee_id']).where('status', 'in', OPEN).where('due_at', '<', at).where('overdue_noticed_at', 'is', null).limit(500).execute()
  for (const issue of overdue) {
    await db.transaction().execute(async (trx) => {
      const done = await trx.updateTable('issues').set({ overdue_noticed_at: at }).where('id', '=', issue.id).where('overdue_noticed_at', 'is', null).executeTakeFirst()
      if (Number(done.numUpdatedRows) !== 1) return
      noticed++
      if (issue.assignee_id) await notify(trx, [{ accountId: issue.assignee_id, kind: 'ISSUE_OVERDUE', title: '报事已逾期', body: `「${issue.title}」已超过处理时限,请尽快办结。`, subject: { type: 'Issue', id: issue.id } }])
    })
  }
  const before = new Date(now.getTime() - margin).toISOString()
  const due = await db
    .selectFrom('issues')
    .select(['id', 'title', 'status', 'assignee_id', 'community_id', 'escalation_level'])
    .where('status', 'in', OPEN)
    .where((eb) => eb.or([
      eb.and([eb('escalation_level', '=', 0), eb('due_at', '<', before)]),
      eb.and([eb('escalation_level', '=', 1), eb('escalated_at', '<', before)]),
    ]))
    .limit(500)
    .execute()
  for (const issue of due) {
    const step = ESCALATION_LEVELS[Number(issue.escalation_level)]
    if (!step) continue
    await db.transaction().execute(async (trx) => {
      const done = await trx.updateTable('issues').set({ escalation_level: step.level, escalated_at: at, updated_at: at })
        .where('id', '=', issue.id).where('escalation_level', '=', step.level - 1).where('status', 'in', OPEN).executeTakeFirst()
      if (Number(done.numUpdatedRows) !== 1) return
      escalated++
      await trx.insertInto('issue_events').values({ id: newId(), issue_id: issue.id, kind: 'ESCALATED', status: issue.status, note: step.note, actor_id: null, at }).execute()
      const accounts = new Set([...(await levelAccounts(trx, step.level, issue.community_id)), ...(issue.assignee_id ? [issue.assignee_id] : [])])
      await notify(trx, [...accounts].map((accountId) => ({
        accountId, kind: 'ISSUE_ESCALATED', title: `报事已上报${step.to}`,
        body: accountId === issue.assignee_id ? `「${issue.title}」逾期未办结,已上报${step.to}督办,仍由您负责。` : `「${issue.title}」逾期未办结,请督办。`,
        subject: { type: 'Issue', id: issue.id },
      })))
    })
  }
  return { noticed, escalated }
}
