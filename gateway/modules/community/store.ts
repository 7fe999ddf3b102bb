import type { DB } from '../../db/database'
import type { BuildingRow, CommunityRow, CompoundRow, GridRow, StreetRow } from '../../db/tables'

export async function listCommunities(db: DB): Promise<CommunityRow[]> {
  return db.selectFrom('communities').selectAll().orderBy('name').execute()
}

export async function streetsByIds(db: DB, ids: readonly string[]): Promise<StreetRow[]> {
  return db.selectFrom('streets').selectAll().where('id', 'in', ids).execute()
}

export async function communitiesByIds(db: DB, ids: readonly string[]): Promise<CommunityRow[]> {
  return db.selectFrom('communities').selectAll().where('id', 'in', ids).execute()
}

export async function gridsByIds(db: DB, ids: readonly string[]): Promise<GridRow[]> {
  return db.selectFrom('grids').selectAll().where('id', 'in', ids).execute()
}

export async function compoundsByIds(db: DB, ids: readonly string[]): Promise<CompoundRow[]> {
  return db.selectFrom('compounds').selectAll().where('id', 'in', ids).execute()
}

export async function buildingsByIds(db: DB, ids: readonly string[]): Promise<BuildingRow[]> {
  return db.selectFrom('buildings').selectAll().where('id', 'in', ids).execute()
}

export async function compoundsByCommunities(db: DB, communityIds: readonly string[]): Promise<CompoundRow[]> {
  return db.selectFrom('compounds').selectAll().where('community_id', 'in', communityIds).orderBy('name').execute()
}

export async function gridsByCommunities(db: DB, communityIds: readonly string[]): Promise<GridRow[]> {
  return db.selectFrom('grids').selectAll().where('community_id', 'in', communityIds).orderBy('name').execute()
}

export async function buildingsByCompounds(db: DB, compoundIds: readonly string[]): Promise<BuildingRow[]> {
  return db.selectFrom('buildings').selectAll().where('compound_id', 'in', compoundIds).orderBy('sort').orderBy('name').execute()
}

export async function buildingsByGrids(db: DB, gridIds: readonly string[]): Promise<BuildingRow[]> {
  return db.selectFrom('buildings').selectAll().where('grid_id', 'in', gridIds).orderBy('sort').orderBy('name').execute()
}

/** Where a building sits: its compound's community, for scope checks. */
export interface BuildingPlace { buildingId: string; compoundId: string; gridId: string; communityId: string }

export async function placesOfBuildings(db: DB, buildingIds: readonly string[]): Promise<BuildingPlace[]> {
  return db
    .selectFrom('buildings')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .select(['buildings.id as buildingId', 'buildings.compound_id as compoundId', 'buildings.grid_id as gridId', 'compounds.community_id as communityId'])
    .where('buildings.id', 'in', buildingIds)
    .execute()
}
