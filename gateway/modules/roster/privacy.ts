import type { DB } from '../../db/database'
import { maskPhone } from './owners'
import * as store from './store'

// PIPL: what the roster module holds about a person, for their export, and how their deletion
// leaves it. Ballots stay (tallies and the hash chain must hold) but lose the account; roster
// entries of their own households lose names and phone but keep the owner key and area the
// counts rest on.

export async function exportRosterData(db: DB, accountId: string, phone: string | null): Promise<Record<string, unknown>> {
  const units = await store.unitsOfOwnerAccount(db, accountId)
  const [ballots, proxiesGiven, proxiesHeld] = await Promise.all([
    db.selectFrom('owner_ballots').select(['proposal_id', 'unit_id', 'channel', 'option_ids', 'receipt', 'cast_at']).where('account_id', '=', accountId).execute(),
    units.length ? db.selectFrom('roster_proxies').select(['id', 'unit_id', 'proxy_name', 'proxy_phone', 'created_at', 'revoked_at']).where('owner_key', 'in', units.map((u) => u.owner_key)).execute() : [],
    phone ? db.selectFrom('roster_proxies').select(['id', 'unit_id', 'created_at', 'revoked_at']).where('proxy_phone', '=', phone.replace(/\D/g, '')).execute() : [],
  ])
  return {
    rosterEntries: units.map((u) => ({ id: u.id, buildingId: u.building_id, unit: u.unit, room: u.room, areaCenti: u.area_centi, areaSource: u.area_source, ownerNames: u.owner_names, ownerPhone: u.owner_phone, kind: u.kind })),
    ownerBallots: ballots,
    proxiesGiven: proxiesGiven.map((p) => ({ ...p, proxy_phone: maskPhone(p.proxy_phone) })),
    proxiesHeld,
  }
}

/** In the deletion's transaction, before the household memberships go. */
export async function eraseRosterData(trx: DB, accountId: string, phone: string | null): Promise<void> {
  const units = await store.unitsOfOwnerAccount(trx, accountId)
  if (units.length) await trx.updateTable('roster_units').set({ owner_names: '(已注销)', owner_phone: null }).where('id', 'in', units.map((u) => u.id)).execute()
  await trx.updateTable('owner_ballots').set({ account_id: null }).where('account_id', '=', accountId).execute()
  await trx.updateTable('roster_objections').set({ account_id: null }).where('account_id', '=', accountId).execute()
  const digits = (phone ?? '').replace(/\D/g, '')
  if (digits) await trx.updateTable('roster_proxies').set({ proxy_name: '(已注销)', proxy_phone: `erased-${accountId}` }).where('proxy_phone', '=', digits).execute()
}
