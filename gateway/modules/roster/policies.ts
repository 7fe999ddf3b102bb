import type { GatewayContext } from '../../context'
import { covers, type StaffRole } from '../accounts/policies'

// Who may do what with the roster, in one place.

/** Keep the roster: import, fix rows, record proxies (the committee, the steward, the community's admin). */
export const ROSTER_KEEPERS: readonly StaffRole[] = ['COMMITTEE', 'STEWARD', 'ADMIN']
/** See owner names and masked phones: the keepers and the grid worker reviewing a claim on the building. */
export const ROSTER_READERS: readonly StaffRole[] = ['COMMITTEE', 'STEWARD', 'ADMIN', 'GRID_WORKER']

export interface RosterPlace { communityId: string; compoundId: string; gridId?: string | null }

export const keepsRoster = (ctx: Pick<GatewayContext, 'viewer'>, place: RosterPlace) => covers(ctx.viewer?.roles ?? [], place, ROSTER_KEEPERS)
export const readsRosterNames = (ctx: Pick<GatewayContext, 'viewer'>, place: RosterPlace) => covers(ctx.viewer?.roles ?? [], place, ROSTER_READERS)
