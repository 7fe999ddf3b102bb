import type { GatewayContext } from '../../context'
import type { HouseholdClaimRow } from '../../db/tables'
import { accountById } from '../accounts/service'
import { normaliseOwnerNames, phoneDigits } from './owners'
import * as store from './store'

// A household claim compared with the roster: the room, then the claimant's real name among the
// unit's owners, or their phone. It pre-fills the staff review; it never verifies by itself
// (anyone can type a name).

export type RosterMatchStatus = 'NAME' | 'PHONE' | 'ROOM_ONLY' | 'NO_UNIT'

export function matchStatus(unit: { owner_names: string; owner_phone: string | null } | undefined, claimant: { real_name: string | null; phone: string | null } | null): RosterMatchStatus {
  if (!unit) return 'NO_UNIT'
  const name = normaliseOwnerNames(claimant?.real_name ?? '')
  if (name && unit.owner_names.split('、').includes(name)) return 'NAME'
  const phone = phoneDigits(claimant?.phone)
  if (phone && phone === phoneDigits(unit.owner_phone)) return 'PHONE'
  return 'ROOM_ONLY'
}

const MESSAGE: Record<RosterMatchStatus, string> = {
  NAME: '名册中有这一户,申请人姓名与登记的业主一致(请核对证件后再通过)。',
  PHONE: '名册中有这一户,申请人手机号与登记的业主一致(请核对证件后再通过)。',
  ROOM_ONLY: '名册中有这一户,但申请人姓名和手机号都与登记的业主不一致,请仔细核实。',
  NO_UNIT: '业主名册中没有这一户(楼栋、单元、室号对不上),请核实房号或先补录名册。',
}

export async function rosterMatch(ctx: GatewayContext, claim: HouseholdClaimRow) {
  const unit = await store.unitAt(ctx.db, claim.building_id, claim.unit, claim.room)
  const claimant = claim.account_id ? await accountById(ctx).load(claim.account_id) : null
  const status = matchStatus(unit, claimant)
  return { status, unit: unit ?? null, message: MESSAGE[status] }
}
