import { sql } from 'kysely'
import { PostgresAdapter } from 'kysely'
import type { DB } from '../../db/database'
import type { ElectorateRow, ElectorateUnitRow, OwnerBallotRow, RosterUnitRow } from './tables'

// The roster module's SQL, nothing else.

/** PostgreSQL takes row locks; SQLite runs one writing transaction at a time and has no FOR UPDATE. */
export const isPostgres = (db: DB) => db.getExecutor().adapter instanceof PostgresAdapter

export async function buildingsOfCompound(db: DB, compoundId: string) {
  return db.selectFrom('buildings').select(['id', 'name', 'sort']).where('compound_id', '=', compoundId).orderBy('sort').execute()
}

export async function unitsByIds(db: DB, ids: readonly string[]): Promise<RosterUnitRow[]> {
  return ids.length ? db.selectFrom('roster_units').selectAll().where('id', 'in', ids).execute() : []
}

export async function unitAt(db: DB, buildingId: string, unit: string, room: string): Promise<RosterUnitRow | undefined> {
  return db.selectFrom('roster_units').selectAll().where('building_id', '=', buildingId).where('unit', '=', unit).where('room', '=', room).executeTakeFirst()
}

/** Inserts the unit or updates the one at the same building, unit and room. */
export async function upsertUnit(db: DB, row: RosterUnitRow): Promise<void> {
  const { id: _id, created_at: _c, ...changes } = row
  await db.insertInto('roster_units').values(row).onConflict((oc) => oc.columns(['building_id', 'unit', 'room']).doUpdateSet(changes)).execute()
}

/** A page of the compound's roster in building order, keyset on (building sort, building, unit, room). */
export async function rosterPage(db: DB, compoundId: string, search: string | null, after: [number, string, string, string] | null, limit: number) {
  let q = db
    .selectFrom('roster_units')
    .innerJoin('buildings', 'buildings.id', 'roster_units.building_id')
    .selectAll('roster_units')
    .select('buildings.sort as building_sort')
    .where('roster_units.compound_id', '=', compoundId)
  if (search) q = q.where((eb) => eb.or([eb('roster_units.room', 'like', `%${search}%`), eb('buildings.name', 'like', `%${search}%`)]))
  if (after) {
    const [s, b, u, r] = after
    q = q.where(sql<boolean>`(buildings.sort, roster_units.building_id, roster_units.unit, roster_units.room) > (${s}, ${b}, ${u}, ${r})`)
  }
  return q.orderBy('buildings.sort').orderBy('roster_units.building_id').orderBy('roster_units.unit').orderBy('roster_units.room').limit(limit).execute()
}

export async function rosterTotals(db: DB, compoundId: string) {
  const row = await db
    .selectFrom('roster_units')
    .select((eb) => [eb.fn.countAll<number>().as('units'), eb.fn.count<number>('owner_key').distinct().as('owners'), eb.fn.coalesce(eb.fn.sum<number>('area_centi'), sql<number>`0`).as('area')])
    .where('compound_id', '=', compoundId)
    .executeTakeFirstOrThrow()
  return { units: Number(row.units), owners: Number(row.owners), areaCenti: Number(row.area) }
}

/** Roster units of the verified households `accountId` is an OWNER member of (their own entries). */
export async function unitsOfOwnerAccount(db: DB, accountId: string, compoundId?: string): Promise<RosterUnitRow[]> {
  let q = db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('roster_units', (j) => j.onRef('roster_units.building_id', '=', 'households.building_id').onRef('roster_units.unit', '=', 'households.unit').onRef('roster_units.room', '=', 'households.room'))
    .selectAll('roster_units')
    .where('household_members.account_id', '=', accountId)
    .where('household_members.relation', '=', 'OWNER')
  if (compoundId) q = q.where('roster_units.compound_id', '=', compoundId)
  return q.execute()
}

export async function settingsOf(db: DB, compoundId: string): Promise<{ proxy_limit: number; objection_days: number }> {
  const row = await db.selectFrom('roster_settings').select(['proxy_limit', 'objection_days']).where('compound_id', '=', compoundId).executeTakeFirst()
  return row ?? { proxy_limit: 3, objection_days: 7 }
}

export async function electoratesOf(db: DB, proposalIds: readonly string[]): Promise<ElectorateRow[]> {
  return proposalIds.length ? db.selectFrom('electorates').selectAll().where('proposal_id', 'in', proposalIds).execute() : []
}

export async function electorateUnits(db: DB, proposalId: string): Promise<ElectorateUnitRow[]> {
  return db.selectFrom('electorate_units').selectAll().where('proposal_id', '=', proposalId).execute()
}

export async function lockElectorate(db: DB, proposalId: string): Promise<ElectorateRow | undefined> {
  const q = db.selectFrom('electorates').selectAll().where('proposal_id', '=', proposalId)
  return (isPostgres(db) ? q.forUpdate() : q).executeTakeFirst()
}

export async function ownerBallots(db: DB, proposalId: string): Promise<OwnerBallotRow[]> {
  return db.selectFrom('owner_ballots').selectAll().where('proposal_id', '=', proposalId).orderBy('seq').execute()
}

export async function ballotsOfOwners(db: DB, proposalId: string, ownerKeys: readonly string[]): Promise<OwnerBallotRow[]> {
  if (!ownerKeys.length) return []
  return db.selectFrom('owner_ballots').selectAll().where('proposal_id', '=', proposalId).where('owner_key', 'in', ownerKeys).orderBy('seq').execute()
}

/** Snapshot units at the places of the verified households `accountId` is an OWNER member of. */
export async function electorateUnitsOfAccount(db: DB, proposalId: string, accountId: string): Promise<ElectorateUnitRow[]> {
  return db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('electorate_units', (j) =>
      j.onRef('electorate_units.building_id', '=', 'households.building_id').onRef('electorate_units.unit', '=', 'households.unit').onRef('electorate_units.room', '=', 'households.room'),
    )
    .selectAll('electorate_units')
    .where('electorate_units.proposal_id', '=', proposalId)
    .where('household_members.account_id', '=', accountId)
    .where('household_members.relation', '=', 'OWNER')
    .execute()
}
