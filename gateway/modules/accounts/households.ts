import { loader, type GatewayContext } from '../../context'
import type { HouseholdClaimRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { recordAudit } from '../audit/service'
import { placeOfBuilding } from '../community/service'
import { notify } from '../notify/service'
import { CLAIM_REVIEWERS, PERSONAL_DATA_READERS, covers } from './policies'
import { requireViewer } from './service'
import * as store from './store'
import { textLength } from '../../lib/input-text'

const RELATION_LABEL: Record<string, string> = { OWNER: '业主', TENANT: '租户', FAMILY: '家属' }

export const membershipsOfAccount = (ctx: Pick<GatewayContext, 'db' | 'loaders'>) =>
  loader<string, store.HouseholdMembership[]>(ctx, 'membershipsOfAccount', async (ids) => {
    const rows = await store.membershipsOf(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.account_id === id))
  })

/** Whether the viewer may see this person's real name and full phone: themselves, or staff over one of their households. */
export async function seesPersonalData(ctx: GatewayContext, personId: string): Promise<boolean> {
  const viewer = ctx.viewer
  if (!viewer) return false
  if (viewer.account.id === personId) return true
  if (!viewer.roles.length) return false
  const memberships = await membershipsOfAccount(ctx).load(personId)
  const places = await Promise.all(memberships.map((m) => placeOfBuilding(ctx).load(m.building_id)))
  return places.some((p) => p && covers(viewer.roles, p, PERSONAL_DATA_READERS))
}

/** Whether the person lives in the compound: a verified household there, or a claim to one under review. */
export async function hasHomeIn(ctx: Pick<GatewayContext, 'db'>, accountId: string, compoundId: string): Promise<boolean> {
  const verified = await ctx.db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select('household_members.id')
    .where('household_members.account_id', '=', accountId)
    .where('buildings.compound_id', '=', compoundId)
    .executeTakeFirst()
  if (verified) return true
  const pending = await ctx.db
    .selectFrom('household_claims')
    .innerJoin('buildings', 'buildings.id', 'household_claims.building_id')
    .select('household_claims.id')
    .where('household_claims.account_id', '=', accountId)
    .where('household_claims.status', '=', 'PENDING')
    .where('buildings.compound_id', '=', compoundId)
    .executeTakeFirst()
  return Boolean(pending)
}

function cleanUnitOrRoom(value: string, field: 'unit' | 'room'): string {
  const v = value.trim()
  if (!v || textLength(v) > 16) throw errors.badInput(field === 'unit' ? '请填写单元(不超过 16 个字)' : '请填写房号(不超过 16 个字)', field)
  return v
}

/** A resident claims a unit/room of a building; staff in scope review it. */
export async function claimHousehold(
  ctx: GatewayContext,
  input: { buildingId: string; unit: string; room: string; areaM2: number; relation?: string | null },
): Promise<HouseholdClaimRow> {
  const viewer = requireViewer(ctx)
  const unit = cleanUnitOrRoom(input.unit, 'unit')
  const room = cleanUnitOrRoom(input.room, 'room')
  if (!Number.isFinite(input.areaM2) || input.areaM2 < 1 || input.areaM2 > 10_000) throw errors.badInput('建筑面积需在 1 到 10000 平方米之间', 'areaM2')
  const place = isId(input.buildingId) ? await placeOfBuilding(ctx).load(input.buildingId) : null
  if (!place) throw errors.notFound('楼栋')
  const relation = input.relation ?? 'OWNER'
  await ctx.limiter.consume(viewer.account.id, 'claim')
  return ctx.db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom('household_claims')
      .select('id')
      .where('account_id', '=', viewer.account.id)
      .where('building_id', '=', place.buildingId)
      .where('unit', '=', unit)
      .where('room', '=', room)
      .where('status', '=', 'PENDING')
      .executeTakeFirst()
    if (pending) throw errors.conflict('您已提交过这一户的认证申请,请等待审核')
    const household = await store.householdAt(trx, place.buildingId, unit, room)
    if (household) {
      const member = await trx.selectFrom('household_members').select('id').where('household_id', '=', household.id).where('account_id', '=', viewer.account.id).executeTakeFirst()
      if (member) throw errors.conflict('您已是这一户的认证成员')
    }
    const claim: HouseholdClaimRow = {
      id: newId(), account_id: viewer.account.id, building_id: place.buildingId, unit, room, area_m2: input.areaM2, relation,
      status: 'PENDING', note: null, reviewed_by: null, reviewed_at: null, created_at: nowIso(),
    }
    await trx.insertInto('household_claims').values(claim).execute()
    return claim
  })
}

/** Staff in scope approve (the household and membership appear) or reject (with a reason) a pending claim. */
export async function reviewHouseholdClaim(ctx: GatewayContext, id: string, approve: boolean, note: string | null | undefined): Promise<HouseholdClaimRow> {
  const viewer = requireViewer(ctx)
  const claim = isId(id) ? await store.claimById(ctx.db, id) : undefined
  if (!claim) throw errors.notFound('认证申请')
  const place = await placeOfBuilding(ctx).load(claim.building_id)
  if (!place || !covers(viewer.roles, place, CLAIM_REVIEWERS)) throw errors.forbidden('只有该楼栋的网格员、管家或社区管理员可以审核')
  if (claim.status !== 'PENDING') throw errors.conflict('这条申请已经审核过了')
  const reason = note?.trim() || null
  if (!approve && !reason) throw errors.badInput('驳回时请填写原因,方便居民修改后重新申请', 'note')
  if (reason && textLength(reason) > 200) throw errors.badInput('审核意见不能超过 200 字', 'note')
  const at = nowIso()
  const reviewed = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('household_claims')
      .set({ status: approve ? 'APPROVED' : 'REJECTED', note: reason, reviewed_by: viewer.account.id, reviewed_at: at })
      .where('id', '=', claim.id)
      .where('status', '=', 'PENDING')
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) throw errors.conflict('这条申请已经审核过了')
    if (approve && claim.account_id) {
      await trx
        .insertInto('households')
        .values({ id: newId(), building_id: claim.building_id, unit: claim.unit, room: claim.room, area_m2: claim.area_m2, created_at: at })
        .onConflict((oc) => oc.columns(['building_id', 'unit', 'room']).doNothing())
        .execute()
      const household = await store.householdAt(trx, claim.building_id, claim.unit, claim.room)
      if (!household) throw new Error('household missing after upsert')
      await trx
        .insertInto('household_members')
        .values({ id: newId(), household_id: household.id, account_id: claim.account_id, relation: claim.relation, claim_id: claim.id, verified_at: at })
        .onConflict((oc) => oc.columns(['household_id', 'account_id']).doNothing())
        .execute()
    }
    await recordAudit(trx, {
      actorId: viewer.account.id,
      action: approve ? 'household_claim.approve' : 'household_claim.reject',
      subject: { type: 'HouseholdClaim', id: claim.id },
      communityId: place.communityId,
      details: { note: reason },
    })
    if (claim.account_id) {
      const where = `${claim.unit}单元 ${claim.room}室(${RELATION_LABEL[claim.relation] ?? claim.relation})`
      await notify(trx, [
        {
          accountId: claim.account_id,
          kind: approve ? 'HOUSEHOLD_CLAIM_APPROVED' : 'HOUSEHOLD_CLAIM_REJECTED',
          title: approve ? '住户认证已通过' : '住户认证未通过',
          body: approve ? `${where} 已认证,现在可以参与议事投票和报名活动。` : `${where} 未通过认证:${reason}`,
          subject: { type: 'HouseholdClaim', id: claim.id },
        },
      ])
    }
    return { ...claim, status: approve ? 'APPROVED' : 'REJECTED', note: reason, reviewed_by: viewer.account.id, reviewed_at: at } satisfies HouseholdClaimRow
  })
  // After the commit: a new household changes which compounds the claimant sees.
  if (claim.account_id) await ctx.viewerCache.invalidate(claim.account_id)
  return reviewed
}

/** The review queue: claims on buildings the viewer's reviewer roles reach. */
export function reviewScope(ctx: GatewayContext) {
  const roles = requireViewer(ctx).roles.filter((r) => CLAIM_REVIEWERS.includes(r.role as never))
  return {
    gridIds: roles.filter((r) => r.scope_kind === 'grid').map((r) => r.scope_id),
    compoundIds: roles.filter((r) => r.scope_kind === 'compound').map((r) => r.scope_id),
    communityIds: roles.filter((r) => r.scope_kind === 'community').map((r) => r.scope_id),
  }
}
