import { zhCN, type MessageKey } from '../../../src/i18n/zh-CN'
import type { DB } from '../../db/database'
import type { NoticeRow } from '../../db/tables'
import { cutText } from '../../lib/input-text'
import { notify } from '../notify/service'

// A notice published reaches the residents of its audience: each by their NOTICES setting (at once
// to the inbox and as a subscribe message, a line of their daily digest, or nothing). A safety tip
// goes at once to everybody in scope whatever their setting, never held by quiet hours.

/** The notice's category as residents read it (安全提示, 社区公告…), from the one catalogue. */
export function categoryWord(category: string): string {
  return zhCN[`notices.category.${category}` as MessageKey] ?? zhCN['notices.category.ANNOUNCEMENT']
}

/**
 * Everyone with a verified household in the notice's audience (its compound, or every compound
 * of its community), in one query; the author is left out.
 */
export async function noticeAudience(db: DB, notice: Pick<NoticeRow, 'community_id' | 'compound_id' | 'author_id'>): Promise<string[]> {
  let q = db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select('household_members.account_id')
    .distinct()
  q = notice.compound_id
    ? q.where('buildings.compound_id', '=', notice.compound_id)
    : q.where('buildings.compound_id', 'in', db.selectFrom('compounds').select('id').where('community_id', '=', notice.community_id))
  const rows = await q.execute()
  return rows.map((r) => r.account_id).filter((id) => id !== notice.author_id)
}

/** Tells the audience of a just-published notice, in the publishing transaction: one batch of rows, not a query per person. */
export async function announceNotice(trx: DB, notice: NoticeRow): Promise<number> {
  const accounts = await noticeAudience(trx, notice)
  const word = categoryWord(notice.category)
  const urgent = notice.category === 'SAFETY_TIP'
  await notify(trx, accounts.map((accountId) => ({
    accountId,
    kind: urgent ? 'NOTICE_SAFETY_TIP' : 'NOTICE_PUBLISHED',
    title: `新${word}`,
    body: `「${notice.title}」${cutText(notice.summary, 60)}`,
    subject: { type: 'Notice', id: notice.id },
    urgent,
    subscribe: { template: 'NOTICE_PUBLISHED', page: `features/notices/pages/detail/index?id=${notice.id}`, data: { thing1: cutText(notice.title, 20), phrase2: word } },
  })))
  return accounts.length
}
