import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'

// The notify module's part of the PIPL export and erasure: the subscribe messages a person allowed
// (one WeChat template acceptance each) and how many are still unspent. Erased with the account:
// nothing may be sent to a deleted person, and the counts say nothing once the person is gone.
// Also the person's notification settings and the digest lines waiting for them or sent in a digest.
// (The inbox and the outbox are the accounts part's, which erases them with the sessions.)

registerPersonalData({
  order: 15,
  async collect(db, person) {
    const consents = await db.selectFrom('subscribe_consents').select(['template_id', 'remaining', 'updated_at'])
      .where('account_id', '=', person.id).orderBy('template_id').execute()
    const prefs = await db.selectFrom('notification_prefs').selectAll().where('account_id', '=', person.id).executeTakeFirst()
    const lines = await db.selectFrom('digest_items').select(['kind', 'title', 'body', 'created_at', 'digest_id']).where('account_id', '=', person.id).orderBy('id').execute()
    const MODE: Record<string, string> = { AT_ONCE: '立即', DIGEST: '每日汇总', OFF: '关闭' }
    return {
      data: {
        subscribeConsents: consents.map((c) => ({ templateId: c.template_id, remaining: Number(c.remaining), updatedAt: c.updated_at })),
        notificationSettings: prefs ? { myIssues: prefs.my_issues, proposals: prefs.proposals, activities: prefs.activities, notices: prefs.notices, work: prefs.work, digestAt: prefs.digest_at, quietFrom: prefs.quiet_from, quietTo: prefs.quiet_to, updatedAt: prefs.updated_at } : null,
        digestLines: lines.map((l) => ({ kind: l.kind, title: l.title, body: l.body, createdAt: l.created_at, sent: l.digest_id !== null })),
      },
      readable: [
        {
          title: '消息设置',
          lines: prefs ? [`我的报事:${MODE[prefs.my_issues]};本小区议事:${MODE[prefs.proposals]};活动:${MODE[prefs.activities]};公告:${MODE[prefs.notices]};工作待办:${MODE[prefs.work]}`, `每日汇总时间:${prefs.digest_at}(北京时间)`, prefs.quiet_from ? `免打扰:${prefs.quiet_from}–${prefs.quiet_to}` : '免打扰:关闭'] : [],
        },
        { title: `汇总消息条目(${lines.length})`, lines: lines.map((l) => `${beijingMinute(l.created_at)} ${l.title}:${l.body}${l.digest_id ? '' : '(待汇总)'}`) },
        {
          title: `允许接收的订阅消息(${consents.length})`,
          lines: consents.map((c) => `消息模板 ${c.template_id}:还可发送 ${Number(c.remaining)} 条(最近一次更新 ${beijingMinute(c.updated_at)})`),
        },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    await trx.deleteFrom('subscribe_consents').where('account_id', '=', person.id).execute()
    await trx.deleteFrom('notification_prefs').where('account_id', '=', person.id).execute()
    await trx.deleteFrom('digest_items').where('account_id', '=', person.id).execute()
    return []
  },
  kept: [],
})
