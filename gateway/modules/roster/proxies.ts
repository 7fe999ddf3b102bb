import type { GatewayContext } from '../../context'
import type { RosterProxyRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import { attachMedia, registerMediaAudience } from '../media/service'
import { phoneDigits } from './owners'
import { keepsRoster } from './policies'
import { compoundPlace, rosterUnitById, viewerRosterUnits } from './service'
import * as store from './store'

// 委托投票: the committee records an owner's signed authorisation (with its photo); one proxy holds
// at most the compound's limit of units (setting, default 3). The owner sees it on their entry.

type Ctx = GatewayContext

registerMediaAudience('RosterProxy', async (ctx, proxyId) => {
  const proxy = await ctx.db.selectFrom('roster_proxies').select(['compound_id', 'owner_key']).where('id', '=', proxyId).executeTakeFirst()
  if (!proxy) return false
  if (keepsRoster(ctx, await compoundPlace(ctx, proxy.compound_id))) return true
  return (await viewerRosterUnits(ctx)).some((u) => u.owner_key === proxy.owner_key)
})

export async function recordProxy(ctx: Ctx, input: { unitId: string; proxyName: string; proxyPhone: string; photoId: string }): Promise<RosterProxyRow> {
  const viewer = requireViewer(ctx)
  const unit = isId(input.unitId) ? await rosterUnitById(ctx).load(input.unitId) : null
  if (!unit) throw errors.notFound('名册单元')
  const place = await compoundPlace(ctx, unit.compound_id)
  if (!keepsRoster(ctx, place)) throw errors.forbidden('只有本小区物管会、管家或社区管理员可以登记委托')
  const name = input.proxyName.trim()
  if (!name || name.length > 40) throw errors.badInput('请填写受托人姓名(不超过 40 个字)', 'proxyName')
  const phone = phoneDigits(input.proxyPhone)
  if (phone.length < 7 || phone.length > 15) throw errors.badInput('请填写受托人的手机号码', 'proxyPhone')
  if (!isId(input.photoId)) throw errors.badInput('请上传签字的委托书照片', 'photoId')
  const row: RosterProxyRow = { id: newId(), compound_id: unit.compound_id, unit_id: unit.id, owner_key: unit.owner_key, proxy_name: name, proxy_phone: phone, photo_id: input.photoId, recorded_by: viewer.account.id, created_at: nowIso(), revoked_at: null }
  const { proxy_limit: limit } = await store.settingsOf(ctx.db, unit.compound_id)
  await ctx.db.transaction().execute(async (trx) => {
    // The compound's settings row is the lock two recordings for one proxy queue on (PostgreSQL).
    await trx.insertInto('roster_settings').values({ compound_id: unit.compound_id, proxy_limit: limit, objection_days: 7 }).onConflict((oc) => oc.column('compound_id').doNothing()).execute()
    const lock = trx.selectFrom('roster_settings').select('compound_id').where('compound_id', '=', unit.compound_id)
    await (store.isPostgres(trx) ? lock.forUpdate() : lock).execute()
    const held = await trx.selectFrom('roster_proxies').select(['owner_key']).where('compound_id', '=', unit.compound_id).where('proxy_phone', '=', phone).where('revoked_at', 'is', null).execute()
    if (held.some((h) => h.owner_key === unit.owner_key)) throw errors.conflict('这位受托人已经代理这一户了')
    const units = await trx.selectFrom('roster_units').select('id').where('compound_id', '=', unit.compound_id).where('owner_key', 'in', [...held.map((h) => h.owner_key), unit.owner_key]).execute()
    if (units.length > limit) throw errors.conflict(`每位受托人最多代理 ${limit} 户,这位受托人已代理 ${units.length - 1} 户`)
    await trx.insertInto('roster_proxies').values(row).execute()
    await attachMedia(trx, ctx, input.photoId, { type: 'RosterProxy', id: row.id })
    await recordAudit(trx, { actorId: viewer.account.id, action: 'roster.proxy', subject: { type: 'RosterUnit', id: unit.id }, communityId: place.communityId, details: { proxyId: row.id } })
  })
  return row
}

export async function revokeProxy(ctx: Ctx, id: string): Promise<RosterProxyRow> {
  const viewer = requireViewer(ctx)
  const row = isId(id) ? await ctx.db.selectFrom('roster_proxies').selectAll().where('id', '=', id).executeTakeFirst() : undefined
  if (!row) throw errors.notFound('委托')
  const place = await compoundPlace(ctx, row.compound_id)
  if (!keepsRoster(ctx, place)) throw errors.forbidden('只有本小区物管会、管家或社区管理员可以撤销委托')
  const at = nowIso()
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('roster_proxies').set({ revoked_at: at }).where('id', '=', row.id).where('revoked_at', 'is', null).execute()
    await recordAudit(trx, { actorId: viewer.account.id, action: 'roster.proxy_revoked', subject: { type: 'RosterUnit', id: row.unit_id }, communityId: place.communityId, details: { proxyId: row.id } })
  })
  return { ...row, revoked_at: row.revoked_at ?? at }
}
