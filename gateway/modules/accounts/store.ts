import type { DB } from '../../db/database'
import type { AccountRow, HouseholdClaimRow, RoleAssignmentRow } from '../../db/tables'

export async function accountsByIds(db: DB, ids: readonly string[]): Promise<AccountRow[]> {
  return db.selectFrom('accounts').selectAll().where('id', 'in', ids).execute()
}

export async function accountByHandle(db: DB, handle: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('handle', '=', handle).executeTakeFirst()
}

export async function accountByOpenid(db: DB, openid: string): Promise<AccountRow | undefined> {
  return db.selectFrom('accounts').selectAll().where('openid', '=', openid).executeTakeFirst()
}

export async function insertAccount(db: DB, row: AccountRow): Promise<void> {
  await db.insertInto('accounts').values(row).execute()
}

export async function insertSession(db: DB, row: { id: string; account_id: string; token_hash: string; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto('sessions').values(row).execute()
}

/** The live session for a token hash with its account; expired sessions and deleted accounts do not count. */
export async function liveSession(db: DB, tokenHash: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('accounts')
    .select(['sessions.id as session_id', 'sessions.expires_at as session_expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('accounts.deleted_at', 'is', null)
    .executeTakeFirst()
}

export async function deleteSession(db: DB, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function rolesOf(db: DB, accountId: string): Promise<RoleAssignmentRow[]> {
  return db.selectFrom('role_assignments').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute()
}

export async function roleById(db: DB, id: string): Promise<RoleAssignmentRow | undefined> {
  return db.selectFrom('role_assignments').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function staffRolesPage(db: DB, communityIds: readonly string[], afterId: string | null, limit: number): Promise<RoleAssignmentRow[]> {
  let q = db.selectFrom('role_assignments').selectAll().where('community_id', 'in', communityIds)
  if (afterId) q = q.where('id', '>', afterId)
  return q.orderBy('id').limit(limit).execute()
}

/** A verified membership: the household with the member's relation. */
export interface HouseholdMembership {
  id: string
  building_id: string
  unit: string
  room: string
  area_m2: number
  relation: string
  verified_at: string
  account_id: string
}

export async function membershipsOf(db: DB, accountIds: readonly string[]): Promise<HouseholdMembership[]> {
  return db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .select([
      'households.id', 'households.building_id', 'households.unit', 'households.room', 'households.area_m2',
      'household_members.relation', 'household_members.verified_at', 'household_members.account_id',
    ])
    .where('household_members.account_id', 'in', accountIds)
    .orderBy('household_members.verified_at')
    .execute()
}

export async function claimsOf(db: DB, accountId: string): Promise<HouseholdClaimRow[]> {
  return db.selectFrom('household_claims').selectAll().where('account_id', '=', accountId).orderBy('created_at', 'desc').execute()
}

export async function claimById(db: DB, id: string): Promise<HouseholdClaimRow | undefined> {
  return db.selectFrom('household_claims').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Claims on buildings the reviewer's roles reach, oldest first (first come, first reviewed). */
export async function claimsToReview(
  db: DB,
  scope: { gridIds: string[]; compoundIds: string[]; communityIds: string[] },
  status: HouseholdClaimRow['status'],
  afterId: string | null,
  limit: number,
): Promise<HouseholdClaimRow[]> {
  let q = db
    .selectFrom('household_claims')
    .innerJoin('buildings', 'buildings.id', 'household_claims.building_id')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .selectAll('household_claims')
    .where('household_claims.status', '=', status)
    .where((eb) =>
      eb.or([
        eb('buildings.grid_id', 'in', scope.gridIds.length ? scope.gridIds : ['']),
        eb('buildings.compound_id', 'in', scope.compoundIds.length ? scope.compoundIds : ['']),
        eb('compounds.community_id', 'in', scope.communityIds.length ? scope.communityIds : ['']),
      ]),
    )
  if (afterId) q = q.where('household_claims.id', '>', afterId)
  return q.orderBy('household_claims.id').limit(limit).execute()
}

export async function householdAt(db: DB, buildingId: string, unit: string, room: string) {
  return db
    .selectFrom('households')
    .selectAll()
    .where('building_id', '=', buildingId)
    .where('unit', '=', unit)
    .where('room', '=', room)
    .executeTakeFirst()
}

/** Accounts with a verified household in the community, or a role there; optional nickname/handle search. */
export async function peopleInCommunity(db: DB, communityId: string, search: string | null, limit: number): Promise<AccountRow[]> {
  let q = db
    .selectFrom('accounts')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('household_members')
            .innerJoin('households', 'households.id', 'household_members.household_id')
            .innerJoin('buildings', 'buildings.id', 'households.building_id')
            .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
            .select('household_members.id')
            .whereRef('household_members.account_id', '=', 'accounts.id')
            .where('compounds.community_id', '=', communityId),
        ),
        eb.exists(
          eb.selectFrom('role_assignments').select('role_assignments.id').whereRef('role_assignments.account_id', '=', 'accounts.id').where('role_assignments.community_id', '=', communityId),
        ),
      ]),
    )
  if (search) {
    // Wildcards are dropped rather than escaped: SQLite and PostgreSQL disagree on LIKE's escape.
    const like = `%${search.replace(/[\\%_]/g, '')}%`
    q = q.where((eb) => eb.or([eb('nickname', 'like', like), eb('handle', 'like', like), eb('real_name', 'like', like)]))
  }
  return q.orderBy('nickname').limit(limit).execute()
}
