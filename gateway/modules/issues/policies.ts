import type { GatewayContext } from '../../context'
import type { IssueRow } from '../../db/tables'
import { covers, type StaffRole } from '../accounts/policies'

/** Staff who handle issues in their scope: the grid's worker, the compound's steward, the community's admin. */
export const ISSUE_HANDLERS: readonly StaffRole[] = ['GRID_WORKER', 'STEWARD', 'ADMIN']

export function placeOfIssue(issue: Pick<IssueRow, 'community_id' | 'compound_id' | 'grid_id'>) {
  return { communityId: issue.community_id, compoundId: issue.compound_id, gridId: issue.grid_id }
}

/** Whether the viewer handles this issue: it is assigned to them, or their staff scope covers it. */
export function isStaffInScope(ctx: Pick<GatewayContext, 'viewer'>, issue: IssueRow): boolean {
  const viewer = ctx.viewer
  if (!viewer) return false
  return issue.assignee_id === viewer.account.id || covers(viewer.roles, placeOfIssue(issue), ISSUE_HANDLERS)
}

export function isReporter(ctx: Pick<GatewayContext, 'viewer'>, issue: IssueRow): boolean {
  return ctx.viewer?.account.id === issue.reporter_id
}

/** The roles' scope as id lists, for the workbench query. */
export function handlerScope(ctx: Pick<GatewayContext, 'viewer'>) {
  const roles = (ctx.viewer?.roles ?? []).filter((r) => ISSUE_HANDLERS.includes(r.role as StaffRole))
  return {
    gridIds: roles.filter((r) => r.scope_kind === 'grid').map((r) => r.scope_id),
    compoundIds: roles.filter((r) => r.scope_kind === 'compound').map((r) => r.scope_id),
    communityIds: roles.filter((r) => r.scope_kind === 'community').map((r) => r.scope_id),
  }
}
