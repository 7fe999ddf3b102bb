import { randomBytes } from 'node:crypto'
import type { DB } from '../../gateway/db/database'
import { newId, nowIso } from '../../gateway/lib/ids'
import { hashToken } from '../../gateway/modules/accounts/service'

// Fixture data written straight into the cluster's tables (not the behaviour under test): people
// with a session each, and a building full of verified households.

/** Notification settings as the app writes them for someone who turned quiet hours off (the defaults otherwise). */
export const QUIET_HOURS_OFF = { my_issues: 'AT_ONCE', proposals: 'AT_ONCE', activities: 'AT_ONCE', notices: 'AT_ONCE', work: 'DIGEST', digest_at: '20:00', quiet_from: null, quiet_to: null, last_digest_at: null } as const

export interface Person { id: string; handle: string; token: string }

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let k = 0; k < rows.length; k += 500) await write(rows.slice(k, k + 500))
}

/**
 * `count` accounts `${prefix}-${i}`, each signed in (a session token valid on every instance);
 * with `consent`, each has a WeChat openid (`o-${handle}`), accepted that template once and
 * turned quiet hours off (so what they are sent goes out whatever Beijing's time of day).
 */
export async function seedPeople(db: DB, prefix: string, count: number, consent?: { templateId: string }): Promise<Person[]> {
  const at = nowIso()
  const people = Array.from({ length: count }, (_, i) => ({ id: newId(), handle: `${prefix}-${i}`, token: randomBytes(24).toString('base64url') }))
  await inChunks(people, (c) => db.insertInto('accounts').values(c.map((p) => ({ id: p.id, handle: p.handle, openid: consent ? `o-${p.handle}` : null, nickname: `邻居${p.handle}`, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: null }))).execute())
  await inChunks(people, (c) => db.insertInto('sessions').values(c.map((p) => ({ id: newId(), account_id: p.id, token_hash: hashToken(p.token), created_at: at, expires_at: new Date(Date.now() + 3_600_000).toISOString() }))).execute())
  if (consent) {
    await inChunks(people, (c) => db.insertInto('subscribe_consents').values(c.map((p) => ({ account_id: p.id, template_id: consent.templateId, remaining: 1, updated_at: at }))).execute())
    await inChunks(people, (c) => db.insertInto('notification_prefs').values(c.map((p) => ({ account_id: p.id, ...QUIET_HOURS_OFF, updated_at: at }))).execute())
  }
  return people
}

/** A new building of the compound with `count` households, one verified OWNER each (the people returned, in order). */
export async function seedBuilding(db: DB, compoundId: string, name: string, count: number): Promise<{ buildingId: string; households: { id: string; owner: Person }[] }> {
  const grid = await db.selectFrom('grids').innerJoin('compounds', 'compounds.community_id', 'grids.community_id').select('grids.id').where('compounds.id', '=', compoundId).executeTakeFirstOrThrow()
  const buildingId = newId()
  await db.insertInto('buildings').values({ id: buildingId, compound_id: compoundId, grid_id: grid.id, name, sort: 100 }).execute()
  const owners = await seedPeople(db, `owner-${name}`, count)
  const at = nowIso()
  const households = owners.map((owner, i) => ({ id: newId(), owner, room: String(10000 + i) }))
  await inChunks(households, (c) => db.insertInto('households').values(c.map((h) => ({ id: h.id, building_id: buildingId, unit: '1', room: h.room, area_m2: 90, created_at: at }))).execute())
  await inChunks(households, (c) => db.insertInto('household_members').values(c.map((h) => ({ id: newId(), household_id: h.id, account_id: h.owner.id, relation: 'OWNER', claim_id: null, verified_at: at }))).execute())
  return { buildingId, households: households.map(({ id, owner }) => ({ id, owner })) }
}
