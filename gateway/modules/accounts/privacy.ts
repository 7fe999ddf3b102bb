import type { GatewayContext } from '../../context'
import { nowIso } from '../../lib/ids'
import { exportRosterData, eraseRosterData } from '../roster/privacy'
import { requireViewer } from './service'

/** Everything held about the viewer (PIPL art. 45): profile, households, claims, roles, reads, inbox, uploads. */
export async function exportMyData(ctx: GatewayContext): Promise<Record<string, unknown>> {
  const viewer = requireViewer(ctx)
  const id = viewer.account.id
  const db = ctx.db
  const [sessions, claims, households, roles, reads, acks, inbox, media] = await Promise.all([
    db.selectFrom('sessions').select(['created_at', 'expires_at']).where('account_id', '=', id).execute(),
    db.selectFrom('household_claims').selectAll().where('account_id', '=', id).execute(),
    db
      .selectFrom('household_members')
      .innerJoin('households', 'households.id', 'household_members.household_id')
      .select(['households.id', 'households.building_id', 'households.unit', 'households.room', 'households.area_m2', 'household_members.relation', 'household_members.verified_at'])
      .where('household_members.account_id', '=', id)
      .execute(),
    db.selectFrom('role_assignments').selectAll().where('account_id', '=', id).execute(),
    db.selectFrom('notice_reads').selectAll().where('account_id', '=', id).execute(),
    db.selectFrom('notice_acks').selectAll().where('account_id', '=', id).execute(),
    db.selectFrom('inbox_messages').selectAll().where('account_id', '=', id).execute(),
    db.selectFrom('media').select(['id', 'mime', 'size_bytes', 'subject_type', 'subject_id', 'created_at']).where('owner_id', '=', id).execute(),
  ])
  const { id: accountId, handle, openid, nickname, real_name, phone, work_phone, created_at } = viewer.account
  return {
    exportedAt: nowIso(),
    account: { id: accountId, handle, wechatOpenid: openid, nickname, realName: real_name, phone, workPhone: work_phone, createdAt: created_at },
    sessions, householdClaims: claims, households, roles, noticeReads: reads, noticeAcknowledgements: acks, inbox, uploads: media,
    roster: await exportRosterData(db, id, viewer.account.phone),
  }
}

/**
 * Deletes what identifies the viewer and keeps what others rely on, unlinked: the account row stays
 * as an empty tombstone so counts (reads, acknowledgements, later ballots and registrations) hold.
 */
export async function deleteMyAccount(ctx: GatewayContext): Promise<boolean> {
  const viewer = requireViewer(ctx)
  const id = viewer.account.id
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute()
    await trx.deleteFrom('inbox_messages').where('account_id', '=', id).execute()
    await trx.deleteFrom('outbox').where('account_id', '=', id).execute()
    await eraseRosterData(trx, id, viewer.account.phone)
    await trx.deleteFrom('household_members').where('account_id', '=', id).execute()
    await trx.deleteFrom('role_assignments').where('account_id', '=', id).execute()
    await trx.updateTable('household_claims').set({ account_id: null }).where('account_id', '=', id).execute()
    await trx.updateTable('media').set({ owner_id: null }).where('owner_id', '=', id).execute()
    await trx
      .updateTable('accounts')
      .set({ handle: null, openid: null, nickname: null, real_name: null, phone: null, work_phone: null, deleted_at: nowIso() })
      .where('id', '=', id)
      .execute()
  })
  return true
}
