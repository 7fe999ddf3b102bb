import type { DB } from '../../db/database'
import type { ProposalRow } from '../../db/tables'

/** A verified membership in a household of the proposal's scope. */
export interface ScopeMembership { household_id: string; account_id: string; relation: string; area_m2: number; building_id: string }

// Household membership alone decides the electorate: a deleted account's memberships move to an
// anonymous stand-in (accounts/personal-data.ts), so its household's ballot and area still count.

/** Verified memberships in the scope (a compound, or one building of it); only `accountId`'s when given. */
export async function membershipsInScope(db: DB, p: Pick<ProposalRow, 'compound_id' | 'building_id'>, accountId?: string): Promise<ScopeMembership[]> {
  let q = db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select(['household_members.household_id', 'household_members.account_id', 'household_members.relation', 'households.area_m2', 'households.building_id'])
    .where('buildings.compound_id', '=', p.compound_id)
  if (p.building_id) q = q.where('households.building_id', '=', p.building_id)
  if (accountId) q = q.where('household_members.account_id', '=', accountId)
  return q.execute()
}

/** A household of the scope with a verified member, its building's name, whether it has an OWNER member and its ballot, if any. */
export interface ScopeHouseholdRow { id: string; unit: string; room: string; area_m2: number; building_name: string; building_sort: number; has_owner: unknown; ballot_assisted: number | null }

/**
 * The households of the scope (a compound, or one building of it) that have a verified member
 * whose account is live, in one query: building name, an OWNER flag, and the household's ballot
 * on `proposalId` (whether it exists and was assisted; never its choice).
 */
export async function householdsInScope(db: DB, p: Pick<ProposalRow, 'id' | 'compound_id' | 'building_id'>): Promise<ScopeHouseholdRow[]> {
  let q = db
    .selectFrom('households')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .leftJoin('ballots', (join) => join.onRef('ballots.household_id', '=', 'households.id').on('ballots.proposal_id', '=', p.id))
    .select(['households.id', 'households.unit', 'households.room', 'households.area_m2', 'buildings.name as building_name', 'buildings.sort as building_sort', 'ballots.assisted as ballot_assisted'])
    .select((eb) =>
      eb
        .exists(
          eb.selectFrom('household_members as owner').select('owner.id')
            .whereRef('owner.household_id', '=', 'households.id').where('owner.relation', '=', 'OWNER'),
        )
        .as('has_owner'),
    )
    .where('buildings.compound_id', '=', p.compound_id)
    .where((eb) =>
      eb.exists(
        eb.selectFrom('household_members as member').select('member.id')
          .whereRef('member.household_id', '=', 'households.id'),
      ),
    )
  if (p.building_id) q = q.where('households.building_id', '=', p.building_id)
  return q.execute()
}

export async function proposalsByIds(db: DB, ids: readonly string[]): Promise<ProposalRow[]> {
  return db.selectFrom('proposals').selectAll().where('id', 'in', ids).execute()
}

export async function lockProposal(db: DB, id: string, engine: 'sqlite' | 'postgres'): Promise<ProposalRow | undefined> {
  const q = db.selectFrom('proposals').selectAll().where('id', '=', id)
  return (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst()
}

export interface CompoundConsultSettings { cosign_threshold: number; cosign_days: number; site_plan_media_id: string | null; cluster_threshold: number; cluster_radius_m: number }

export async function settingsOf(db: DB, compoundId: string): Promise<CompoundConsultSettings> {
  const row = await db.selectFrom('consult_settings').select(['cosign_threshold', 'cosign_days', 'site_plan_media_id', 'cluster_threshold', 'cluster_radius_m']).where('compound_id', '=', compoundId).executeTakeFirst()
  return row ? { ...row, cluster_threshold: Number(row.cluster_threshold), cluster_radius_m: Number(row.cluster_radius_m) } : { cosign_threshold: 5, cosign_days: 7, site_plan_media_id: null, cluster_threshold: 10, cluster_radius_m: 50 }
}

export async function ballotsOf(db: DB, proposalId: string) {
  return db.selectFrom('ballots').select(['household_id', 'option_ids', 'cast_at']).where('proposal_id', '=', proposalId).execute()
}

export async function cosignCount(db: DB, proposalId: string): Promise<number> {
  const row = await db.selectFrom('proposal_cosigns').select((eb) => eb.fn.countAll<number>().as('n')).where('proposal_id', '=', proposalId).executeTakeFirstOrThrow()
  return Number(row.n)
}
