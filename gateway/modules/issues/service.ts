import { loader, loaderById, type GatewayContext } from '../../context'
import type { IssueRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { covers } from '../accounts/policies'
import { hasHomeIn } from '../accounts/households'
import { requireViewer } from '../accounts/service'
import { placeOfBuilding } from '../community/service'
import { assertCleanText } from '../content-check/service'
import { attachMedia, registerMediaAudience } from '../media/service'
import { dueAt, routedRole, type IssueCategory } from './lifecycle'
import { ISSUE_HANDLERS, isReporter, isStaffInScope } from './policies'
import { checkPhotos, recordStep } from './record'
import * as store from './store'

type Ctx = GatewayContext

export const issueById = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loaderById<IssueRow>(ctx, 'issueById', (ids) => store.issuesByIds(ctx.db, ids))

/** Compounds where the viewer has a verified household: whose public issues they see. */
export function householdCompoundIds(ctx: Ctx): Promise<string[]> {
  return loader<string, string[]>(ctx, 'householdCompoundIds', async (keys) => {
    const me = ctx.viewer?.account.id
    const rows = me
      ? await ctx.db
          .selectFrom('household_members')
          .innerJoin('households', 'households.id', 'household_members.household_id')
          .innerJoin('buildings', 'buildings.id', 'households.building_id')
          .select('buildings.compound_id')
          .distinct()
          .where('household_members.account_id', '=', me)
          .execute()
      : []
    return keys.map(() => rows.map((r) => r.compound_id))
  }).load('viewer')
}

export const viewerMarked = (ctx: Ctx, table: 'issue_supports' | 'issue_followers') =>
  loader<string, boolean>(ctx, `viewer:${table}`, async (ids) => {
    if (!ctx.viewer) return ids.map(() => false)
    const marked = await store.viewerMarks(ctx.db, table, ctx.viewer.account.id, ids)
    return ids.map((id) => marked.has(id))
  })

/** Reporter, staff in scope, followers, and residents of the compound for public issues. */
export async function canSeeIssue(ctx: Ctx, issue: IssueRow): Promise<boolean> {
  if (!ctx.viewer) return false
  if (isReporter(ctx, issue) || isStaffInScope(ctx, issue)) return true
  if (await viewerMarked(ctx, 'issue_followers').load(issue.id)) return true
  return issue.is_public === 1 && (await householdCompoundIds(ctx)).includes(issue.compound_id)
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

/** The staff member a new issue goes to: repairs to the compound's steward, the rest to the grid's worker. */
async function routeTo(ctx: Ctx, category: IssueCategory, place: { gridId: string; compoundId: string }): Promise<string | null> {
  const pick = async (role: string, scopeId: string) =>
    (await ctx.db.selectFrom('role_assignments').select('account_id').where('role', '=', role).where('scope_id', '=', scopeId).orderBy('created_at').executeTakeFirst())?.account_id ?? null
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
  if (v.length > max) throw errors.badInput(`${label}不能超过 ${max} 个字`, field)
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
    status: 'SUBMITTED', reporter_id: viewer.account.id, on_behalf_name: onBehalfName, assignee_id: await routeTo(ctx, category, place),
    duplicate_of: null, submitted_at: at, due_at: dueAt(category, at), resolved_at: null, closed_at: null, rating: null, rating_comment: null,
    follow_up_sent_at: null, follow_up_answer: null, updated_at: at,
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('issues').values(issue).execute()
    for (const photoId of photoIds) await attachMedia(trx, ctx, photoId, { type: 'Issue', id: issue.id })
    await recordStep(trx, ctx, issue, { kind: 'SUBMITTED', status: 'SUBMITTED', note: onBehalfName ? `工作人员代 ${onBehalfName} 报事` : null, staff: Boolean(onBehalfName), alsoTell: issue.assignee_id ? [issue.assignee_id] : [] })
    return issue
  })
}

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
