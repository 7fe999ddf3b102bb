import { newId, nowIso } from '../../gateway/lib/ids'
import { ownerKeyOf } from '../../gateway/modules/roster/owners'
import type { TestGateway } from './harness'

/**
 * Verified households for a proposal's electorate, written straight into the database (fixture
 * data, not the behaviour under test): `count` households in a building, each with `members`
 * accounts of the given relation. Returns each household's id and its members' handles.
 */
export async function seedHouseholds(t: TestGateway, buildingId: string, prefix: string, count: number, members = 1, relation = 'OWNER', area = 90, options: { roster?: boolean } = {}) {
  const at = nowIso()
  const households: { id: string; handles: string[] }[] = []
  for (let h = 0; h < count; h++) {
    const id = newId()
    await t.gateway.db.insertInto('households').values({ id, building_id: buildingId, unit: prefix, room: String(1000 + h), area_m2: area, created_at: at }).execute()
    const handles: string[] = []
    for (let m = 0; m < members; m++) {
      const handle = `${prefix}-${h}-${m}`
      const accountId = newId()
      await t.gateway.db.insertInto('accounts').values({ id: accountId, handle, openid: null, nickname: `邻居${h}-${m}`, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }).execute()
      await t.gateway.db.insertInto('household_members').values({ id: newId(), household_id: id, account_id: accountId, relation, claim_id: null, verified_at: at }).execute()
      handles.push(handle)
    }
    if (options.roster) await addRosterUnit(t, buildingId, prefix, String(1000 + h), Math.round(area * 100), `业主${prefix}${h}`)
    households.push({ id, handles })
  }
  return households
}

/** A roster unit (fixture data) at a building's unit and room, its owner identified by name and phone. */
export async function addRosterUnit(t: TestGateway, buildingId: string, unit: string, room: string, areaCenti: number, ownerNames: string, phone: string | null = null, kind: 'RESIDENTIAL' | 'SHOP' | 'DEVELOPER_UNSOLD' = 'RESIDENTIAL') {
  const building = await t.gateway.db.selectFrom('buildings').select('compound_id').where('id', '=', buildingId).executeTakeFirstOrThrow()
  const at = nowIso()
  const row = { id: newId(), compound_id: building.compound_id, building_id: buildingId, unit, room, area_centi: areaCenti, area_source: 'REGISTRY' as const, owner_names: ownerNames, owner_phone: phone, owner_key: ownerKeyOf({ kind, ownerNames, phone }), kind, created_at: at, updated_at: at }
  await t.gateway.db.insertInto('roster_units').values(row).execute()
  return row
}

/** A new, empty building of a compound (fixture data), so a building-scoped vote counts only what a test puts there. */
export async function newBuilding(t: TestGateway, compoundId: string, name: string) {
  const grid = await t.gateway.db.selectFrom('grids').innerJoin('compounds', 'compounds.community_id', 'grids.community_id').select('grids.id').where('compounds.id', '=', compoundId).executeTakeFirstOrThrow()
  const id = newId()
  await t.gateway.db.insertInto('buildings').values({ id, compound_id: compoundId, grid_id: grid.id, name, sort: 100 }).execute()
  return id
}
