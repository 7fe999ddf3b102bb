import type { GatewayContext } from '../../context'
import type { ActivityRow, RoleAssignmentRow } from '../../db/tables'

// Who manages activities, in one place.
// - ADMIN of the community: every activity of the community.
// - STEWARD or COMMITTEE of a compound: every activity of the community that contains the compound
//   (activities are the community's, not a compound's; a compound's steward and 红色物管会 organise
//   for the whole community, e.g. the volunteer day at 众望小区).
// Grid workers and advisors do not manage activities. The organiser is whoever created it; they manage
// it through their role, so a revoked role takes management away too.

export const ACTIVITY_MANAGERS = ['ADMIN', 'STEWARD', 'COMMITTEE'] as const

export function managesCommunity(roles: readonly Pick<RoleAssignmentRow, 'role' | 'scope_id' | 'community_id'>[], communityId: string): boolean {
  return roles.some((r) => (r.role === 'ADMIN' ? r.scope_id === communityId : (r.role === 'STEWARD' || r.role === 'COMMITTEE') && r.community_id === communityId))
}

export function canManage(ctx: Pick<GatewayContext, 'viewer'>, activity: Pick<ActivityRow, 'community_id'>): boolean {
  return Boolean(ctx.viewer && managesCommunity(ctx.viewer.roles, activity.community_id))
}

/** Communities whose activities the viewer manages. */
export function managedCommunityIds(ctx: Pick<GatewayContext, 'viewer'>): string[] {
  const roles = ctx.viewer?.roles ?? []
  return [...new Set(roles.filter((r) => managesCommunity([r], r.community_id)).map((r) => r.community_id))]
}

/** Published and cancelled activities are public (a shared link works signed out); drafts only to managers. */
export function canSee(ctx: Pick<GatewayContext, 'viewer'>, activity: Pick<ActivityRow, 'community_id' | 'status'>): boolean {
  return activity.status !== 'DRAFT' || canManage(ctx, activity)
}

/**
 * Eligibility, decided from where the person lives:
 * - ANYONE: anyone signed in.
 * - RESIDENTS: a verified household in the community, or a household claim there still PENDING
 *   (a newcomer waiting for review may already join in).
 * - VERIFIED_HOUSEHOLDS: a verified household in the community only.
 */
export function eligible(eligibility: string, standing: { verified: boolean; claimPending: boolean }): boolean {
  if (eligibility === 'ANYONE') return true
  if (eligibility === 'RESIDENTS') return standing.verified || standing.claimPending
  return standing.verified
}

export const ELIGIBILITY_REFUSAL: Record<string, string> = {
  RESIDENTS: '本活动仅限本社区居民报名,请先在「我的」中认证房屋',
  VERIFIED_HOUSEHOLDS: '本活动仅限本社区已认证住户报名,请先在「我的」中认证房屋',
}
