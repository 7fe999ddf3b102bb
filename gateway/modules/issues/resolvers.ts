import { loader, type GatewayContext } from '../../context'
import type { CommunityRow, IssueRow } from '../../db/tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { accountById } from '../accounts/service'
import { buildingById, communityById, compoundById, required } from '../community/service'
import { mediaOfSubject } from '../media/service'
import { ESCALATION_LEVELS } from './escalation'
import { issueFigures } from './figures'
import { handlerOf, handlingRole, possibleHandlers } from './handlers'
import { STAFF_STEP_TO, isOverdue, nextStatus, type IssueStatus } from './lifecycle'
import { handlerScope, isReporter, isStaffInScope } from './policies'
import { findVisibleIssue, followIssue, householdCompoundIds, issueById, raiseIssue, similarIssues, supportIssue, viewerMarked } from './service'
import * as steps from './steps'
import * as store from './store'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

type Filter = { communityId?: string | null; compoundId?: string | null; status?: readonly string[] | null; category?: readonly string[] | null; mine?: boolean | null; overdue?: boolean | null }

function listFilter(f: Filter | null | undefined) {
  return {
    communityId: f?.communityId && isId(f.communityId) ? f.communityId : f?.communityId ? 'none' : null,
    compoundId: f?.compoundId && isId(f.compoundId) ? f.compoundId : f?.compoundId ? 'none' : null,
    status: f?.status ?? null,
    category: f?.category ?? null,
    overdueAt: f?.overdue ? nowIso() : null,
  }
}

const supportCounts = (ctx: GatewayContext) =>
  loader<string, number>(ctx, 'issueSupportCount', async (ids) => {
    const counts = await store.markCounts(ctx.db, 'issue_supports', ids)
    return ids.map((id) => counts.get(id) ?? 0)
  })

const eventsOfIssue = (ctx: GatewayContext) =>
  loader<string, Awaited<ReturnType<typeof store.eventsOf>>>(ctx, 'issueEvents', async (ids) => {
    const rows = await store.eventsOf(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.issue_id === id))
  })

/** The steps the viewer may take now, as statuses the issue would reach. */
function viewerNextSteps(ctx: GatewayContext, issue: IssueRow): IssueStatus[] {
  const status = issue.status as IssueStatus
  const out: IssueStatus[] = []
  if (isStaffInScope(ctx, issue)) {
    for (const [to, step] of Object.entries(STAFF_STEP_TO)) if (step && nextStatus(status, step)) out.push(to as IssueStatus)
  }
  if (isReporter(ctx, issue) && status === 'RESOLVED') out.push('CLOSED', 'REOPENED')
  return out
}

async function statsOf(ctx: GatewayContext, community: CommunityRow) {
  const resolved = await store.resolvedOf(ctx.db, community.id)
  const [openCount, escalatedOpenCount] = await Promise.all([store.openCount(ctx.db, community.id), store.openCount(ctx.db, community.id, true)])
  return { community, openCount, escalatedOpenCount, allTime: issueFigures(resolved), lastHundred: issueFigures(resolved.slice(0, 100)) }
}

export const issuesResolvers: Resolvers = {
  Query: {
    issue: (_p, { id }, ctx) => findVisibleIssue(ctx, id),
    issues: async (_p, { filter, first, after }, ctx) => {
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 1)
      if (!ctx.viewer) return toConnection([], limit, () => [])
      const viewer = { accountId: ctx.viewer.account.id, compoundIds: await householdCompoundIds(ctx) }
      const rows = await store.visibleIssuesPage(ctx.db, viewer, Boolean(filter?.mine), listFilter(filter), cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    workbenchIssues: async (_p, { filter, first, after }, ctx) => {
      const limit = pageSize(first)
      if (!ctx.viewer) throw errors.unauthenticated()
      const scope = handlerScope(ctx)
      if (!scope.gridIds.length && !scope.compoundIds.length && !scope.communityIds.length) throw errors.forbidden('只有网格员、管家和社区管理员可以查看报事工作台')
      const cursor = decodeCursor(after, 1)
      const rows = await store.workbenchPage(ctx.db, scope, listFilter(filter), cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    similarIssues: (_p, { input }, ctx) => similarIssues(ctx, input.category, input.buildingId),
    communityStats: async (_p, { communityId }, ctx) => {
      const community = isId(communityId) ? await communityById(ctx).load(communityId) : null
      if (!community) throw errors.notFound('社区')
      return statsOf(ctx, community)
    },
    streetStats: async (_p, { streetId }, ctx) => {
      const communities = isId(streetId) ? await ctx.db.selectFrom('communities').selectAll().where('street_id', '=', streetId).orderBy('name').execute() : []
      if (!communities.length) throw errors.notFound('街道')
      return Promise.all(communities.map((c) => statsOf(ctx, c)))
    },
    streetEscalations: async (_p, { streetId, first, after }, ctx) => {
      if (!ctx.viewer) throw errors.unauthenticated()
      if (!ctx.viewer.roles.some((r) => r.role === 'STREET_OFFICE' && r.scope_id === streetId)) throw errors.forbidden('只有本街道的街道办可以查看上报街道的报事')
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 1)
      const rows = await store.streetEscalationsPage(ctx.db, streetId, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    issueHandlers: async (_p, { issueId }, ctx) => {
      const issue = await findVisibleIssue(ctx, issueId)
      if (!issue) throw errors.notFound('报事')
      if (!isStaffInScope(ctx, issue)) throw errors.forbidden('只有负责这条报事的工作人员可以转派')
      return possibleHandlers(ctx, issue)
    },
  },
  Mutation: {
    raiseIssue: (_p, { input }, ctx) => raiseIssue(ctx, input),
    advanceIssue: (_p, { id, to, note, photoIds }, ctx) => steps.advanceIssue(ctx, id, to, note, photoIds),
    addIssueNote: (_p, { id, note, photoIds }, ctx) => steps.addIssueNote(ctx, id, note, photoIds),
    reassignIssue: (_p, { id, assigneeId }, ctx) => steps.reassignIssue(ctx, id, assigneeId),
    markIssueDuplicate: (_p, { id, originalId }, ctx) => steps.markIssueDuplicate(ctx, id, originalId),
    confirmIssue: (_p, { id, rating, comment }, ctx) => steps.confirmIssue(ctx, id, rating, comment),
    reopenIssue: (_p, { id, reason }, ctx) => steps.reopenIssue(ctx, id, reason),
    answerIssueFollowUp: (_p, { id, answer }, ctx) => steps.answerIssueFollowUp(ctx, id, answer),
    supportIssue: (_p, { id }, ctx) => supportIssue(ctx, id),
    followIssue: (_p, { id, follow }, ctx) => followIssue(ctx, id, follow),
  },
  Issue: {
    status: (i) => i.status as IssueStatus,
    category: (i) => i.category as never, // written from the IssueCategory enum only
    isPublic: (i) => i.is_public === 1,
    building: (i, _a, ctx) => required(buildingById(ctx).load(i.building_id), 'building'),
    compound: (i, _a, ctx) => required(compoundById(ctx).load(i.compound_id), 'compound'),
    photos: (i, _a, ctx) => mediaOfSubject(ctx, 'Issue').load(i.id),
    reporter: (i, _a, ctx) => required(accountById(ctx).load(i.reporter_id), 'reporter'),
    viewerIsReporter: (i, _a, ctx) => isReporter(ctx, i),
    raisedOnBehalf: (i) => i.on_behalf_name !== null,
    onBehalfName: (i, _a, ctx) => (isStaffInScope(ctx, i) ? i.on_behalf_name : null),
    reporterRoom: async (i, _a, ctx) => {
      // Staff in scope only, and only the resident's own home: raised on behalf, the reporter is staff.
      if (!isStaffInScope(ctx, i) || i.on_behalf_name !== null) return null
      const home = (await store.reporterHomes(ctx.db, i))[0]
      return home ? `${home.building_name} ${home.unit}单元 ${home.room}室` : null
    },
    assignee: (i, _a, ctx) => (i.assignee_id ? handlerOf(ctx, i.assignee_id, i) : null),
    supportCount: (i, _a, ctx) => supportCounts(ctx).load(i.id),
    viewerSupports: (i, _a, ctx) => viewerMarked(ctx, 'issue_supports').load(i.id),
    viewerFollows: (i, _a, ctx) => viewerMarked(ctx, 'issue_followers').load(i.id),
    submittedAt: (i) => i.submitted_at,
    dueAt: (i) => i.due_at,
    overdue: (i) => isOverdue({ status: i.status as IssueStatus, due_at: i.due_at }, nowIso()),
    resolvedAt: (i) => i.resolved_at,
    closedAt: (i) => i.closed_at,
    ratingComment: (i) => i.rating_comment,
    duplicateOf: (i, _a, ctx) => (i.duplicate_of ? findVisibleIssue(ctx, i.duplicate_of) : null),
    followUpPending: (i) => Boolean(i.follow_up_sent_at && !i.follow_up_answer),
    followUpAnswer: (i) => i.follow_up_answer as never, // written from the FollowUpAnswer enum only
    timeline: (i, _a, ctx) => eventsOfIssue(ctx).load(i.id),
    viewerNextSteps: (i, _a, ctx) => viewerNextSteps(ctx, i),
    viewerIsStaffInScope: (i, _a, ctx) => isStaffInScope(ctx, i),
    escalationLevel: (i) => i.escalation_level,
    escalatedTo: (i) => ESCALATION_LEVELS[i.escalation_level - 1]?.to ?? null,
    escalatedAt: (i) => i.escalated_at,
  },
  IssueHandler: {
    person: (h) => h.account,
    role: (h) => h.role.role as never, // a staff Role
    workPhone: (h) => h.account.work_phone,
  },
  IssueEvent: {
    status: (e) => e.status as IssueStatus,
    actor: (e, _a, ctx) => (e.actor_id ? accountById(ctx).load(e.actor_id) : null),
    actorRole: async (e, _a, ctx) => {
      if (!e.actor_id) return null
      const issue = await required(issueById(ctx).load(e.issue_id), 'issue')
      return ((await handlingRole(ctx, e.actor_id, issue))?.role ?? null) as never
    },
    photos: (e, _a, ctx) => mediaOfSubject(ctx, 'IssueEvent').load(e.id),
  },
}
