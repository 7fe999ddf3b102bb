import type { DB } from '../../db/database'
import { notify } from '../notify/service'
import { DETAIL_PAGE, shanghaiTime } from './record'
import { cutText } from '../../lib/input-text'

// What the clock does to activities, run periodically (tests pass their own `now`): the day before an
// activity starts, everyone who asked for a reminder gets one in the inbox and as a subscribe message
// (outbox: sent through WeChat when configured, RECORDED otherwise). Each reminder is sent once, in its
// own short transaction guarded by sent_at.

export const REMIND_HOURS_BEFORE = 24

export async function sweepActivityReminders(db: DB, now: Date = new Date()): Promise<{ reminded: number }> {
  const at = now.toISOString()
  const until = new Date(now.getTime() + REMIND_HOURS_BEFORE * 3_600_000).toISOString()
  const due = await db
    .selectFrom('activity_reminders')
    .innerJoin('activities', 'activities.id', 'activity_reminders.activity_id')
    .select(['activity_reminders.activity_id', 'activity_reminders.account_id', 'activities.title', 'activities.venue', 'activities.starts_at'])
    .where('activity_reminders.sent_at', 'is', null)
    .where('activities.status', '=', 'PUBLISHED')
    .where('activities.starts_at', '>', at)
    .where('activities.starts_at', '<=', until)
    .limit(500)
    .execute()
  let reminded = 0
  for (const r of due) {
    await db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('activity_reminders').set({ sent_at: at }).where('activity_id', '=', r.activity_id).where('account_id', '=', r.account_id).where('sent_at', 'is', null).executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return
      reminded++
      const when = shanghaiTime(r.starts_at)
      await notify(trx, [{
        accountId: r.account_id,
        kind: 'ACTIVITY_REMINDER',
        title: '活动明天开始',
        body: `「${r.title}」${when},${r.venue}。`,
        subject: { type: 'Activity', id: r.activity_id },
        subscribe: { template: 'ACTIVITY_REMINDER', page: `${DETAIL_PAGE}?id=${r.activity_id}`, data: { thing1: cutText(r.title, 20), time2: when, thing3: cutText(r.venue, 20) } },
      }])
    })
  }
  return { reminded }
}
