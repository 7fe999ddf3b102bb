import type { RegistrationRow } from '../../db/tables'
import { beijingMinute } from '../../lib/beijing-time'
import { nowIso } from '../../lib/ids'
import { registerPersonalData } from '../accounts/privacy'
import { answersOf } from './input'
import { promoteWaiting } from './seats'
import * as store from './store'

// The activities module's part of the PIPL export and erasure: registrations with their answers,
// and reminders. On deletion a registration for an activity that has not started is cancelled as
// the person cancelling would (the seat goes to the waitlist in order); earlier ones stay as
// anonymous counts (attendance figures); every answer and check-in code is erased.

const STATUS_LABEL: Record<string, string> = { PENDING: '待审核', CONFIRMED: '报名成功', WAITLISTED: '候补', DECLINED: '未通过', CANCELLED: '已取消', ATTENDED: '已签到' }
const ACTIVE: RegistrationRow['status'][] = ['PENDING', 'CONFIRMED', 'WAITLISTED']

registerPersonalData({
  order: 50,
  async collect(db, person) {
    const [registrations, reminders] = await Promise.all([
      db.selectFrom('activity_registrations').innerJoin('activities', 'activities.id', 'activity_registrations.activity_id')
        .selectAll('activity_registrations').select(['activities.title as activity_title', 'activities.starts_at as activity_starts_at'])
        .where('activity_registrations.account_id', '=', person.id).orderBy('activity_registrations.id').execute(),
      db.selectFrom('activity_reminders').select(['activity_id', 'requested_at', 'sent_at']).where('account_id', '=', person.id).execute(),
    ])
    const rows = registrations.map((r) => ({
      id: r.id, activityId: r.activity_id, activityTitle: r.activity_title, activityStartsAt: r.activity_starts_at, status: r.status, partySize: r.party_size,
      answers: answersOf(r.answers), checkInCode: r.check_in_code, registeredByStaff: r.on_behalf_by !== null, createdAt: r.created_at,
      confirmedAt: r.confirmed_at, cancelledAt: r.cancelled_at, attendedAt: r.attended_at,
    }))
    return {
      data: { activityRegistrations: rows, activityReminders: reminders },
      readable: [
        {
          title: `我的活动报名(${rows.length})`,
          lines: rows.map((r) => `${beijingMinute(r.createdAt)} 「${r.activityTitle}」(${beijingMinute(r.activityStartsAt)} 开始)${r.partySize} 人,${STATUS_LABEL[r.status] ?? r.status}${r.answers.length ? `;填写:${r.answers.map((a) => `${a.question} ${a.value}`).join(',')}` : ''}`),
        },
        { title: `活动提醒(${reminders.length})`, lines: reminders.map((m) => `${beijingMinute(m.requested_at)} 请求提醒 活动 ${m.activity_id}`) },
      ],
    }
  },
  async erase(trx, ctx, person) {
    const now = nowIso()
    const active = await trx.selectFrom('activity_registrations').select(['id', 'activity_id']).where('account_id', '=', person.id).where('status', 'in', ACTIVE).execute()
    for (const activityId of [...new Set(active.map((r) => r.activity_id))]) {
      const activity = await store.lockActivity(trx, activityId, ctx.config.database.engine)
      if (!activity || activity.status === 'CANCELLED' || now >= activity.starts_at) continue
      const released = await trx.selectFrom('activity_registrations').select(['id', 'status']).where('activity_id', '=', activityId).where('account_id', '=', person.id).where('status', 'in', ACTIVE).execute()
      for (const r of released) {
        await trx.updateTable('activity_registrations').set({ status: 'CANCELLED', active_key: r.id, cancelled_at: now, updated_at: now }).where('id', '=', r.id).where('status', '=', r.status).execute()
      }
      if (released.some((r) => r.status === 'CONFIRMED')) await promoteWaiting(trx, ctx, activity)
    }
    await trx.updateTable('activity_registrations').set({ answers: '[]', check_in_code: null, updated_at: now }).where('account_id', '=', person.id).execute()
    await trx.deleteFrom('activity_reminders').where('account_id', '=', person.id).execute()
    await trx.updateTable('activity_share_links').set({ account_id: null }).where('account_id', '=', person.id).execute()
    return []
  },
  kept: [
    { what: '已开始或已结束活动的报名人数和签到人数', why: '活动的出席统计保持准确;报名时填写的内容和签到码已删除' },
    { what: '尚未开始活动的报名(已自动取消)', why: '名额立即释放给候补的居民,与您自己取消报名一样' },
  ],
})
