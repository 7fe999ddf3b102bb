import type { GatewayContext } from '../../context'
import type { IssueRow, RoleAssignmentRow } from '../../db/tables'
import { covers, type StaffRole } from '../accounts/policies'

/** Staff who handle issues in their scope: the grid's worker, the compound's steward, the community's admin. */
export const ISSUE_HANDLERS: readonly StaffRole[] = ['GRID_WORKER', 'STEWARD', 'ADMIN']

export function placeOfIssue(issue: Pick<IssueRow, 'community_id' | 'compound_id' | 'grid_id'>) {
  return { communityId: issue.community_id, compoundId: issue.compound_id, gridId: issue.grid_id }
}

/**
 * Whether the viewer handles this issue: one of their current roles covers it. Being its assignee
 * grants nothing by itself, so a revoked role takes the issue out of their hands at once.
 */
export function isStaffInScope(ctx: Pick<GatewayContext, 'viewer'>, issue: IssueRow): boolean {
  const viewer = ctx.viewer
  if (!viewer) return false
  return covers(viewer.roles, placeOfIssue(issue), ISSUE_HANDLERS)
}

/** Someone who might see an issue: who they are, their current roles, the compounds of their verified households. */
export interface Onlooker { accountId: string; roles: readonly Pick<RoleAssignmentRow, 'role' | 'scope_id'>[]; compoundIds: readonly string[] }

/**
 * Who sees an issue, from the issue's public flag, its reporter and current staff roles only:
 * the reporter, staff whose role covers it, and for a public issue the residents of its compound.
 * Following an issue never widens this (a follower who could not see it is told nothing).
 */
export function maySee(who: Onlooker, issue: Pick<IssueRow, 'reporter_id' | 'is_public' | 'community_id' | 'compound_id' | 'grid_id'>): boolean {
  if (who.accountId === issue.reporter_id) return true
  if (covers(who.roles, placeOfIssue(issue), ISSUE_HANDLERS)) return true
  return issue.is_public === 1 && who.compoundIds.includes(issue.compound_id)
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
