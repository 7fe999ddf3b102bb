import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'

// The notify module's part of the PIPL export and erasure: the subscribe messages a person allowed
// (one WeChat template acceptance each) and how many are still unspent. Erased with the account:
// nothing may be sent to a deleted person, and the counts say nothing once the person is gone.
// (The inbox and the outbox are the accounts part's, which erases them with the sessions.)

registerPersonalData({
  order: 15,
  async collect(db, person) {
    const consents = await db.selectFrom('subscribe_consents').select(['template_id', 'remaining', 'updated_at'])
      .where('account_id', '=', person.id).orderBy('template_id').execute()
    return {
      data: { subscribeConsents: consents.map((c) => ({ templateId: c.template_id, remaining: Number(c.remaining), updatedAt: c.updated_at })) },
      readable: [
        {
          title: `允许接收的订阅消息(${consents.length})`,
          lines: consents.map((c) => `消息模板 ${c.template_id}:还可发送 ${Number(c.remaining)} 条(最近一次更新 ${beijingMinute(c.updated_at)})`),
        },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    await trx.deleteFrom('subscribe_consents').where('account_id', '=', person.id).execute()
    return []
  },
  kept: [],
})
