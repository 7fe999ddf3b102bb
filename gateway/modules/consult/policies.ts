import type { GatewayContext } from '../../context'
import type { ProposalRow } from '../../db/tables'
import { covers, type StaffRole } from '../accounts/policies'

/** The committee (物管会) of the compound runs the procedure; the community's admin may stand in. */
export const COMMITTEE: readonly StaffRole[] = ['COMMITTEE', 'ADMIN']
/** Staff who follow a proposal without being in its households: the compound's people and the community's admin. */
export const STAFF_READERS: readonly StaffRole[] = ['COMMITTEE', 'STEWARD', 'ADVISOR', 'GRID_WORKER', 'ADMIN']

export const placeOfProposal = (p: Pick<ProposalRow, 'community_id' | 'compound_id'>) => ({ communityId: p.community_id, compoundId: p.compound_id })

export function isCommittee(ctx: Pick<GatewayContext, 'viewer'>, p: Pick<ProposalRow, 'community_id' | 'compound_id'>): boolean {
  return covers(ctx.viewer?.roles ?? [], placeOfProposal(p), COMMITTEE)
}

export function isAdvisor(ctx: Pick<GatewayContext, 'viewer'>, p: Pick<ProposalRow, 'community_id' | 'compound_id'>): boolean {
  return covers(ctx.viewer?.roles ?? [], placeOfProposal(p), ['ADVISOR'])
}

/** Staff of the compound (grid workers of any of its grids count: the roles check the compound or community only). */
export function isStaffReader(ctx: Pick<GatewayContext, 'viewer'>, p: Pick<ProposalRow, 'community_id' | 'compound_id'>): boolean {
  const roles = ctx.viewer?.roles ?? []
  return covers(roles, placeOfProposal(p), STAFF_READERS) || roles.some((r) => r.role === 'GRID_WORKER' && r.community_id === p.community_id)
}

/**
 * Whether a shared link may show the proposal's preview to anyone, signed in or not: once it is
 * submitted (co-signing or later) and until it is withdrawn. Drafts stay their author's.
 */
export function hasPublicPreview(p: Pick<ProposalRow, 'stage'>): boolean {
  return p.stage !== 'DRAFT' && p.stage !== 'WITHDRAWN'
}
