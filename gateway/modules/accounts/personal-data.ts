import { beijingMinute } from '../../lib/beijing-time'
import { newId, nowIso } from '../../lib/ids'
import { registerPersonalData } from './privacy'
import { ROLE_LABEL, releaseRoles } from './roles'

// The accounts module's part of the PIPL export and erasure: the account, sessions, households and
// claims, staff roles, the inbox and uploads. It erases last: the account row becomes a tombstone.

const RELATION_LABEL: Record<string, string> = { OWNER: '业主', TENANT: '租户', FAMILY: '家属' }
const CLAIM_LABEL: Record<string, string> = { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过' }

registerPersonalData({
  order: 10,
  async collect(db, person) {
    const id = person.id
    const place = (q: 'households' | 'household_claims') =>
      db.selectFrom(q).innerJoin('buildings', 'buildings.id', `${q}.building_id`).innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    const [sessions, claims, households, roles, inbox, uploads] = await Promise.all([
      db.selectFrom('sessions').select(['created_at', 'expires_at']).where('account_id', '=', id).execute(),
      place('household_claims').selectAll('household_claims').select(['buildings.name as building_name', 'compounds.name as compound_name']).where('household_claims.account_id', '=', id).orderBy('household_claims.id').execute(),
      db
        .selectFrom('household_members')
        .innerJoin('households', 'households.id', 'household_members.household_id')
        .innerJoin('buildings', 'buildings.id', 'households.building_id')
        .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
        .select(['households.id', 'households.building_id', 'buildings.name as building_name', 'compounds.name as compound_name', 'households.unit', 'households.room', 'households.area_m2', 'household_members.relation', 'household_members.verified_at'])
        .where('household_members.account_id', '=', id)
        .execute(),
      db.selectFrom('role_assignments').selectAll().where('account_id', '=', id).execute(),
      db.selectFrom('inbox_messages').selectAll().where('account_id', '=', id).orderBy('id').execute(),
      db.selectFrom('media').select(['id', 'mime', 'size_bytes', 'subject_type', 'subject_id', 'created_at']).where('owner_id', '=', id).orderBy('id').execute(),
    ])
    const { handle, openid, nickname, real_name, phone, work_phone, created_at } = person
    const home = (h: { compound_name: string; building_name: string; unit: string; room: string }) => `${h.compound_name} ${h.building_name} ${h.unit}单元 ${h.room}`
    return {
      data: {
        account: { id, handle, wechatOpenid: openid, nickname, realName: real_name, phone, workPhone: work_phone, createdAt: created_at },
        sessions, householdClaims: claims, households, roles, inbox, uploads,
      },
      readable: [
        {
          title: '账号',
          lines: [
            `昵称:${nickname ?? '(未填写)'}`, `真实姓名:${real_name ?? '(未填写)'}`, `手机号:${phone ?? '(未填写)'}`,
            ...(work_phone ? [`工作电话:${work_phone}`] : []), `微信身份标识:${openid ?? '(无)'}`, `注册时间:${beijingMinute(created_at)}`,
            `登录中的设备:${sessions.length} 个`,
          ],
        },
        { title: `房屋(${households.length})`, lines: households.map((h) => `${home(h)},${h.area_m2} 平方米,${RELATION_LABEL[h.relation] ?? h.relation},认证于 ${beijingMinute(h.verified_at)}`) },
        { title: `房屋认证申请(${claims.length})`, lines: claims.map((c) => `${beijingMinute(c.created_at)} ${home(c)},${CLAIM_LABEL[c.status] ?? c.status}${c.note ? `(${c.note})` : ''}`) },
        ...(roles.length ? [{ title: `工作角色(${roles.length})`, lines: roles.map((r) => `${ROLE_LABEL[r.role] ?? r.role},授予于 ${beijingMinute(r.created_at)}`) }] : []),
        { title: `消息(${inbox.length})`, lines: inbox.map((m) => `${beijingMinute(m.created_at)} ${m.title}:${m.body}${m.read_at ? '' : '(未读)'}`) },
        { title: `上传的照片(${uploads.length})`, lines: uploads.map((u) => `${beijingMinute(u.created_at)} 照片 ${u.id}`) },
      ],
    }
  },
  async erase(trx, ctx, person) {
    const id = person.id
    await trx.deleteFrom('sessions').where('account_id', '=', id).execute()
    await trx.deleteFrom('inbox_messages').where('account_id', '=', id).execute()
    await trx.deleteFrom('outbox').where('account_id', '=', id).execute()
    // The households stay verified under a stand-in with no identity, separate from the tombstone (so
    // nothing links them to the person's other records): their ballots, the electorate's households
    // and areas (the denominators of a vote) and owners holding several units stay exactly as they were.
    if (await trx.selectFrom('household_members').select('id').where('account_id', '=', id).executeTakeFirst()) {
      const at = nowIso()
      const standIn = newId()
      await trx.insertInto('accounts').values({ id: standIn, handle: null, openid: null, nickname: null, real_name: null, phone: null, work_phone: null, created_at: at, deleted_at: at }).execute()
      await trx.updateTable('household_members').set({ account_id: standIn, claim_id: null }).where('account_id', '=', id).execute()
    }
    await releaseRoles(trx, ctx, id)
    await trx.updateTable('household_claims').set({ account_id: null }).where('account_id', '=', id).execute()
    // Uploads never attached to anything go with their files; the other parts removed the files of
    // what they erased; what is left belongs to community records (notice covers, paper ballots) and is unlinked.
    const loose = await trx.selectFrom('media').select(['id', 'stored_name']).where('owner_id', '=', id).where('subject_id', 'is', null).execute()
    if (loose.length) await trx.deleteFrom('media').where('id', 'in', loose.map((m) => m.id)).execute()
    await trx.updateTable('media').set({ owner_id: null }).where('owner_id', '=', id).execute()
    await trx
      .updateTable('accounts')
      .set({ handle: null, openid: null, nickname: null, real_name: null, phone: null, work_phone: null, deleted_at: nowIso() })
      .where('id', '=', id)
      .execute()
    return loose.map((m) => m.stored_name)
  },
  kept: [
    { what: '一条不含任何个人信息的空账号记录(只剩编号和注销时间)', why: '您过去的阅读、附议、报名和投票仍计入统计,需要一个不指向任何人的编号' },
    { what: '您家房屋的认证状态(房屋的楼栋、单元、房号和面积),不再与您或您的任何记录关联', why: '小区的户数和建筑面积是业主表决的基数,您家已投的票仍要计入;注销不能改变表决结果' },
    { what: '您做过工作人员时的操作记录(审计日志),操作人显示为“已注销用户”', why: '工作人员的每一步操作都要留痕备查,这是社区管理的要求' },
    { what: '您提交过的房屋认证申请(楼栋、单元、房号、面积),不再显示申请人', why: '房屋的认证记录是小区住户名册的一部分,工作人员需要知道这套房屋的认证经过' },
  ],
})
