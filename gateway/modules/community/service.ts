import type DataLoader from 'dataloader'
import { byKey, loader, loaderById, type GatewayContext } from '../../context'
import type { BuildingRow, CommunityRow, CompoundRow, GridRow, StreetRow } from '../../db/tables'
import { isId } from '../../lib/ids'
import * as store from './store'

type Ctx = Pick<GatewayContext, 'db' | 'loaders'>

function grouped<R>(ctx: Ctx, name: string, fetch: (ids: readonly string[]) => Promise<R[]>, keyOf: (row: R) => string): DataLoader<string, R[]> {
  return loader<string, R[]>(ctx, name, async (ids) => byKey(ids, await fetch(ids), keyOf))
}

export const streetById = (ctx: Ctx) => loaderById<StreetRow>(ctx, 'streetById', (ids) => store.streetsByIds(ctx.db, ids))
export const communityById = (ctx: Ctx) => loaderById<CommunityRow>(ctx, 'communityById', (ids) => store.communitiesByIds(ctx.db, ids))
export const gridById = (ctx: Ctx) => loaderById<GridRow>(ctx, 'gridById', (ids) => store.gridsByIds(ctx.db, ids))
export const compoundById = (ctx: Ctx) => loaderById<CompoundRow>(ctx, 'compoundById', (ids) => store.compoundsByIds(ctx.db, ids))
export const buildingById = (ctx: Ctx) => loaderById<BuildingRow>(ctx, 'buildingById', (ids) => store.buildingsByIds(ctx.db, ids))

export const compoundsOfCommunity = (ctx: Ctx) =>
  grouped(ctx, 'compoundsOfCommunity', (ids) => store.compoundsByCommunities(ctx.db, ids), (r) => r.community_id)
export const gridsOfCommunity = (ctx: Ctx) => grouped(ctx, 'gridsOfCommunity', (ids) => store.gridsByCommunities(ctx.db, ids), (r) => r.community_id)
export const buildingsOfCompound = (ctx: Ctx) =>
  grouped(ctx, 'buildingsOfCompound', (ids) => store.buildingsByCompounds(ctx.db, ids), (r) => r.compound_id)
export const buildingsOfGrid = (ctx: Ctx) => grouped(ctx, 'buildingsOfGrid', (ids) => store.buildingsByGrids(ctx.db, ids), (r) => r.grid_id)

export const placeOfBuilding = (ctx: Ctx) =>
  loader<string, store.BuildingPlace | null>(ctx, 'placeOfBuilding', async (ids) => {
    const rows = await store.placesOfBuildings(ctx.db, ids)
    const found = new Map(rows.map((r) => [r.buildingId, r]))
    return ids.map((id) => found.get(id) ?? null)
  })

/** A lookup by a client-supplied id: null for a malformed or unknown id. */
export async function findById<R>(id: string, load: (ctx: Ctx) => DataLoader<string, R | null>, ctx: Ctx): Promise<R | null> {
  return isId(id) ? load(ctx).load(id) : null
}

/** A loaded row the database guarantees (a foreign key); a missing one is a bug, not a user error. */
export async function required<R>(value: Promise<R | null>, what: string): Promise<R> {
  const row = await value
  if (!row) throw new Error(`${what} missing`)
  return row
}
