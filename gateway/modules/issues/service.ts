import { assignShortCode } from '../links/store'
import { loader, loaderById, type GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { IssueRow, RoleAssignmentRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { covers } from '../accounts/policies'
import { onRoleRevoked } from '../accounts/roles'
import { hasHomeIn } from '../accounts/households'
import { requireViewer } from '../accounts/service'
import { viewerFact } from '../accounts/viewer-cache'
import { communityById, placeOfBuilding } from '../community/service'
import { assertCleanText } from '../content-check/service'
import { attachMedia, registerMediaAudience, registerMediaReviewers } from '../media/service'
import { dueAt, routedRole, type IssueCategory } from './lifecycle'
import { ISSUE_HANDLERS, isReporter, isStaffInScope, maySee, placeOfIssue } from './policies'
import { checkPhotos, recordStep } from './record'
import * as store from './store'
import { textLength } from '../../lib/input-text'

type Ctx = GatewayContext

export const issueById = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loaderById<IssueRow>(ctx, 'issueById', (ids) => store.issuesByIds(ctx.db, ids))

/** Compounds where the viewer has a verified household: whose public issues they see. */
export function householdCompoundIds(ctx: Ctx): Promise<string[]> {
  if (!ctx.viewer) return Promise.resolve([])
  return viewerFact(ctx.viewer, 'householdCompoundIds', async (viewer) => {
    const rows = await ctx.db
      .selectFrom('household_members')
      .innerJoin('households', 'households.id', 'household_members.household_id')
      .innerJoin('buildings', 'buildings.id', 'households.building_id')
      .select('buildings.compound_id')
      .distinct()
      .where('household_members.account_id', '=', viewer.account.id)
      .execute()
    return rows.map((r) => r.compound_id)
  })
}

export const viewerMarked = (ctx: Ctx, table: 'issue_supports' | 'issue_followers') =>
  loader<string, boolean>(ctx, `viewer:${table}`, async (ids) => {
    if (!ctx.viewer) return ids.map(() => false)
    const marked = await store.viewerMarks(ctx.db, table, ctx.viewer.account.id, ids)
    return ids.map((id) => marked.has(id))
  })

/** The reporter, staff in scope, residents of the compound for public issues (see maySee), and the street office once it is escalated to them; never followers as such. */
export async function canSeeIssue(ctx: Ctx, issue: IssueRow): Promise<boolean> {
  if (!ctx.viewer) return false
  if (isReporter(ctx, issue) || isStaffInScope(ctx, issue)) return true
  if (await isStreetOfficeOf(ctx, issue)) return true
  return maySee({ accountId: ctx.viewer.account.id, roles: ctx.viewer.roles, compoundIds: await householdCompoundIds(ctx) }, issue)
}

/** Whether the viewer is the street office of the issue's street and the issue was escalated to it (level 2). */
export async function isStreetOfficeOf(ctx: Ctx, issue: IssueRow): Promise<boolean> {
  const streets = (ctx.viewer?.roles ?? []).filter((r) => r.role === 'STREET_OFFICE').map((r) => r.scope_id)
  if (!streets.length || issue.escalation_level < 2) return false
  const community = await communityById(ctx).load(issue.community_id)
  return Boolean(community && streets.includes(community.street_id))
}

export async function findVisibleIssue(ctx: Ctx, id: string): Promise<IssueRow | null> {
  const issue = isId(id) ? await issueById(ctx).load(id) : null
  return issue && (await canSeeIssue(ctx, issue)) ? issue : null
}

export async function visibleOrNotFound(ctx: Ctx, id: string): Promise<IssueRow> {
  requireViewer(ctx)
  const issue = await findVisibleIssue(ctx, id)
  if (!issue) throw errors.notFound('报事')
  return issue
}

registerMediaAudience('Issue', async (ctx, id) => (await findVisibleIssue(ctx, id)) !== null)
registerMediaAudience('IssueEvent', async (ctx, eventId) => {
  const event = await ctx.db.selectFrom('issue_events').select('issue_id').where('id', '=', eventId).executeTakeFirst()
  return event ? (await findVisibleIssue(ctx, event.issue_id)) !== null : false
})
// Photos still in WeChat's content-safety check: the reporter and the staff who handle the issue.
registerMediaReviewers('Issue', async (ctx, id) => {
  const issue = isId(id) ? await issueById(ctx).load(id) : null
  return issue !== null && isStaffInScope(ctx, issue)
})
registerMediaReviewers('IssueEvent', async (ctx, eventId) => {
  const event = await ctx.db.selectFrom('issue_events').select('issue_id').where('id', '=', eventId).executeTakeFirst()
  const issue = event ? await issueById(ctx).load(event.issue_id) : null
  return issue !== null && isStaffInScope(ctx, issue)
})

/** The staff member a new issue goes to: repairs to the compound's steward, the rest to the grid's worker. */
async function routeTo(db: DB, category: IssueCategory, place: { gridId: string; compoundId: string }): Promise<string | null> {
  const pick = async (role: string, scopeId: string) =>
    (await db.selectFrom('role_assignments').select('account_id').where('role', '=', role).where('scope_id', '=', scopeId).orderBy('created_at').executeTakeFirst())?.account_id ?? null
  const role = routedRole(category)
  const routed = role === 'STEWARD' ? await pick('STEWARD', place.compoundId) : null
  return routed ?? (await pick('GRID_WORKER', place.gridId))
}

export interface RaiseInput {
  category: string; title: string; description: string; buildingId: string; spot?: string | null
  latitude?: number | null; longitude?: number | null; isPublic: boolean; photoIds?: readonly string[] | null; onBehalfName?: string | null
}

function text(value: string | null | undefined, field: string, label: string, max: number, required: boolean): string | null {
  const v = value?.trim() ?? ''
  if (required && !v) throw errors.badInput(`请填写${label}`, field)
  if (textLength(v) > max) throw errors.badInput(`${label}不能超过 ${max} 个字`, field)
  return v || null
}

/** A resident (or staff, for one who phoned or walked in) raises an issue; it is routed at once. */
export async function raiseIssue(ctx: Ctx, input: RaiseInput): Promise<IssueRow> {
  const viewer = requireViewer(ctx)
  const place = isId(input.buildingId) ? await placeOfBuilding(ctx).load(input.buildingId) : null
  if (!place) throw errors.notFound('楼栋')
  const onBehalfName = text(input.onBehalfName, 'onBehalfName', '居民姓名', 20, false)
  if (onBehalfName && !covers(viewer.roles, place, ISSUE_HANDLERS)) throw errors.forbidden('只有负责该楼栋的工作人员可以代居民报事')
  const title = text(input.title, 'title', '标题', 40, true)!
  const description = text(input.description, 'description', '问题描述', 2000, true)!
  const spot = text(input.spot, 'spot', '具体位置', 60, false)
  const { latitude, longitude } = input
  if ((latitude == null) !== (longitude == null)) throw errors.badInput('位置需要同时有经度和纬度', 'latitude')
  if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude ?? 0) > 180)) throw errors.badInput('位置坐标无效', 'latitude')
  const photoIds = checkPhotos(input.photoIds)
  // Neighbours see public issues, so only the compound's residents (and its staff) may post one there.
  if (input.isPublic && !covers(viewer.roles, place, ISSUE_HANDLERS) && !(await hasHomeIn(ctx, viewer.account.id, place.compoundId))) {
    throw errors.forbidden('只能在您居住(或正在认证住户)的小区公开报事;其他小区的问题请选择不公开,只给工作人员看')
  }
  await ctx.limiter.consume(viewer.account.id, 'issue')
  for (const [value, field] of [[title, 'title'], [description, 'description'], [spot ?? '', 'spot']] as const) {
    await assertCleanText(ctx.contentChecker, value, field, { openid: viewer.account.openid })
  }
  const category = input.category as IssueCategory
  const at = nowIso()
  const issue: IssueRow = {
    id: newId(), community_id: place.communityId, compound_id: place.compoundId, grid_id: place.gridId, building_id: place.buildingId,
    category, title, description, spot, latitude: latitude ?? null, longitude: longitude ?? null, is_public: input.isPublic ? 1 : 0,
    status: 'SUBMITTED', reporter_id: viewer.account.id, on_behalf_name: onBehalfName, assignee_id: await routeTo(ctx.db, category, place),
    duplicate_of: null, submitted_at: at, due_at: dueAt(category, at), resolved_at: null, closed_at: null, rating: null, rating_comment: null,
    follow_up_sent_at: null, follow_up_answer: null, escalation_level: 0, escalated_at: null, overdue_noticed_at: null, updated_at: at,
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('issues').values(issue).execute()
    if (issue.is_public) await assignShortCode(trx, 'Issue', issue.id)
    for (const photoId of photoIds) await attachMedia(trx, ctx, photoId, { type: 'Issue', id: issue.id })
    await recordStep(trx, ctx, issue, { kind: 'SUBMITTED', status: 'SUBMITTED', note: onBehalfName ? `工作人员代 ${onBehalfName} 报事` : null, staff: Boolean(onBehalfName), alsoTell: issue.assignee_id ? [issue.assignee_id] : [] })
    return issue
  })
}

/**
 * A revoked role takes its open issues out of the person's hands in the revoking transaction: each
 * issue in the revoked scope that their remaining roles do not cover is routed again by the normal
 * rules (or left unassigned in the queue of its grid and compound), with a timeline entry.
 */
async function requeueAssignments(trx: DB, ctx: Ctx, revoked: RoleAssignmentRow, remaining: readonly RoleAssignmentRow[]): Promise<void> {
  const column = revoked.scope_kind === 'grid' ? 'grid_id' : revoked.scope_kind === 'compound' ? 'compound_id' : 'community_id'
  const held = await store.openAssignedIn(trx, revoked.account_id, column, revoked.scope_id)
  for (const issue of held.filter((i) => !covers(remaining, placeOfIssue(i), ISSUE_HANDLERS))) {
    const routed = await routeTo(trx, issue.category as IssueCategory, { gridId: issue.grid_id, compoundId: issue.compound_id })
    const assignee = routed === revoked.account_id ? null : routed
    const next: IssueRow = { ...issue, assignee_id: assignee, updated_at: nowIso() }
    // Guarded by the assignee read: a reassignment that got there first stands.
    const moved = await trx.updateTable('issues').set({ assignee_id: assignee, updated_at: next.updated_at }).where('id', '=', issue.id).where('assignee_id', '=', revoked.account_id).executeTakeFirst()
    if (Number(moved.numUpdatedRows) !== 1) continue
    const name = assignee ? (await trx.selectFrom('accounts').select('nickname').where('id', '=', assignee).executeTakeFirst())?.nickname ?? '' : ''
    const note = assignee ? `原负责人岗位变动,转交 ${name} 处理` : '原负责人岗位变动,已退回待分派队列'
    await recordStep(trx, ctx, next, { kind: 'REASSIGNED', status: issue.status, note, staff: true, alsoTell: assignee ? [assignee] : [] })
  }
}
onRoleRevoked(requeueAssignments)

/** 我也遇到: once per person, however often or concurrently tapped; supporters follow the issue. */
export async function supportIssue(ctx: Ctx, id: string): Promise<IssueRow> {
  const viewer = requireViewer(ctx)
  const issue = await visibleOrNotFound(ctx, id)
  if (!issue.is_public) throw errors.conflict('这条报事未公开,不能附议')
  await ctx.limiter.consume(viewer.account.id, 'support')
  await ctx.db.transaction().execute(async (trx) => {
    await store.addMark(trx, 'issue_supports', issue.id, [viewer.account.id], nowIso())
    await store.addMark(trx, 'issue_followers', issue.id, [viewer.account.id], nowIso())
  })
  ctx.loaders.clear()
  return issue
}

export async function followIssue(ctx: Ctx, id: string, follow: boolean): Promise<IssueRow> {
  const viewer = requireViewer(ctx)
  const issue = await visibleOrNotFound(ctx, id)
  if (follow) await store.addMark(ctx.db, 'issue_followers', issue.id, [viewer.account.id], nowIso())
  else await ctx.db.deleteFrom('issue_followers').where('issue_id', '=', issue.id).where('account_id', '=', viewer.account.id).execute()
  ctx.loaders.clear()
  return issue
}

/** Open public issues like the one being written, so "me too" can replace a new report. */
export async function similarIssues(ctx: Ctx, category: string, buildingId: string): Promise<IssueRow[]> {
  requireViewer(ctx)
  const place = isId(buildingId) ? await placeOfBuilding(ctx).load(buildingId) : null
  if (!place) return []
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString()
  const rows = await store.similarOpen(ctx.db, category, place.compoundId, place.buildingId, since, 10)
  const visible = await Promise.all(rows.map((r) => canSeeIssue(ctx, r)))
  return rows.filter((_, i) => visible[i])
}
