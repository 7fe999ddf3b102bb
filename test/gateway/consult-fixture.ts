import { newId, nowIso } from '../../gateway/lib/ids'
import type { TestGateway } from './harness'

/**
 * Verified households for a proposal's electorate, written straight into the database (fixture
 * data, not the behaviour under test): `count` households in a building, each with `members`
 * accounts of the given relation. Returns each household's id and its members' handles.
 */
export async function seedHouseholds(t: TestGateway, buildingId: string, prefix: string, count: number, members = 1, relation = 'OWNER', area = 90) {
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
    households.push({ id, handles })
  }
  return households
}
