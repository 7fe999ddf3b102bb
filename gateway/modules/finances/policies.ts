import type { GatewayContext } from '../../context'
import { covers, type StaffRole } from '../accounts/policies'

// Who may do what with a compound's money, in one place.

export interface FinancePlace { communityId: string; compoundId: string }

/** Record entries and import a month: the compound's steward or a committee member. */
export const FINANCE_RECORDERS: readonly StaffRole[] = ['STEWARD', 'COMMITTEE']
/** Approve an entry (not one's own), answer questions, publish a statement: the committee. */
export const FINANCE_APPROVERS: readonly StaffRole[] = ['COMMITTEE']
/** See pending entries and counterparties unmasked: the compound's staff and the community's admin. */
export const FINANCE_KEEPERS: readonly StaffRole[] = ['STEWARD', 'COMMITTEE', 'ADMIN']

const roles = (ctx: Pick<GatewayContext, 'viewer'>) => ctx.viewer?.roles ?? []
export const recordsFinances = (ctx: Pick<GatewayContext, 'viewer'>, place: FinancePlace) => covers(roles(ctx), place, FINANCE_RECORDERS)
export const approvesFinances = (ctx: Pick<GatewayContext, 'viewer'>, place: FinancePlace) => covers(roles(ctx), place, FINANCE_APPROVERS)
export const keepsFinances = (ctx: Pick<GatewayContext, 'viewer'>, place: FinancePlace) => covers(roles(ctx), place, FINANCE_KEEPERS)

/** What the viewer may do with a compound's books, answered to the app as FinanceAccess. */
export interface FinanceAccessModel { place: FinancePlace; records: boolean; approves: boolean; keeps: boolean; reads: boolean }
