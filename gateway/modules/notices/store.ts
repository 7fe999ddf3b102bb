import { assignShortCode } from '../links/store'
import { sql } from 'kysely'
import type { DB } from '../../db/database'
import type { AccountRow, BuildingRow, NoticeRow } from '../../db/tables'
import { runShaped, slot, slotValues, slots } from '../../lib/statement-shapes'
import { searchTerms } from './text'

export interface NoticeFilter {
  communityId?: string | null
  category?: string | null
  search?: string | null
  pinned?: boolean | null
  /** Compounds whose compound-only notices the viewer may see. */
  visibleCompoundIds: string[]
  now: string
}

/**
 * Where a notice stands in the list: a pinned integrity-culture (廉洁文化) notice above every other
 * pinned one however new, those above the rest. The keyset cursor carries it.
 */
export const listRank = (n: Pick<NoticeRow, 'pinned' | 'category'>): number => (n.pinned === 1 ? (n.category === INTEGRITY ? 2 : 1) : 0)
const INTEGRITY = 'INTEGRITY_CULTURE'
// The same expression as the notices_rank index (migration 2026_12_03_0900), the category a literal
// so the planner can match the two and read the list in index order.
const rankSql = sql<number>`(case when pinned = 1 and category = ${sql.lit(INTEGRITY)} then 2 else pinned end)`

/**
 * A notice as the schema's resolvers receive it: a listed one comes without its body and search
 * text (long, never shown in a list: the body resolver loads the row when asked).
 */
export type NoticeModel = Omit<NoticeRow, 'body_html' | 'search_text'> & Partial<Pick<NoticeRow, 'body_html' | 'search_text'>>
type ListedNotice = Omit<NoticeRow, 'body_html' | 'search_text'>
const LISTED_COLUMNS = ['id', 'community_id', 'compound_id', 'category', 'title', 'summary', 'cover_media_id', 'pinned', 'requires_ack', 'status', 'author_id', 'published_at', 'updated_at', 'expires_at', 'read_count', 'ack_count'] as const satisfies readonly (keyof ListedNotice)[]

/** The columns the page's statement adds to each listed row: the viewer's marks. */
interface TallyColumns { tally_viewer_read: number; tally_viewer_acked: number }
export type ListedNoticeRow = ListedNotice & TallyColumns

/** Whether the viewer has marked a listed notice (from its row); undefined for a notice loaded otherwise. */
export function listedMark(n: NoticeModel, column: 'tally_viewer_read' | 'tally_viewer_acked'): boolean | undefined {
  const value = (n as NoticeModel & Partial<TallyColumns>)[column]
  return value === undefined ? undefined : Number(value) === 1
}

/**
 * One page of visible notices in list order (rank, newest, id), after the keyset cursor, with the
 * viewer's marks in the same statement (each a lookup on the marks' primary key; the counts are
 * the row's own columns, kept by recordMark). The page's keys are picked first (rank, time, id:
 * narrow rows to sort), so the marks are looked up for the page's rows only. Built once per shape (which filters, how many compounds
 * and search terms, a cursor, a viewer); each request fills in its values.
 */
export async function noticePage(db: DB, f: NoticeFilter, after: [number, string, string] | null, limit: number, viewerId: string | null): Promise<ListedNoticeRow[]> {
  const search = f.search?.trim().toLowerCase().replace(/[\\%_]/g, '')
  const terms = search ? searchTerms(search) : []
  const compounds = f.visibleCompoundIds.length ? f.visibleCompoundIds : ['']
  const key = `notices:${f.communityId ? 'c' : ''}${f.category ? 'k' : ''}${f.pinned == null ? '' : 'p'}${search ? `s${terms.length}` : ''}${after ? 'a' : ''}${viewerId ? 'v' : ''}:${compounds.length}`
  const build = () => {
    let keys = db
      .selectFrom('notices')
      .select(['id', rankSql.as('list_rank'), 'published_at'])
      .where('status', '=', 'PUBLISHED')
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', slot('now'))]))
      .where((eb) => eb.or([eb('compound_id', 'is', null), eb('compound_id', 'in', slots('compound', compounds.length))]))
    if (f.communityId) keys = keys.where('community_id', '=', slot('communityId'))
    if (f.category) keys = keys.where('category', '=', slot('category'))
    if (f.pinned != null) keys = keys.where('pinned', '=', slot('pinned') as unknown as number)
    if (search) {
      for (const term of slots('term', terms.length)) keys = keys.where('id', 'in', (eb) => eb.selectFrom('notice_terms').select('notice_id').where('term', '=', term))
      keys = keys.where('search_text', 'like', slot('like'))
    }
    if (after) {
      const rank = slot('afterRank') as unknown as number
      keys = keys.where((eb) =>
        eb.or([
          eb(rankSql, '<', rank),
          eb.and([eb(rankSql, '=', rank), eb('published_at', '<', slot('afterAt'))]),
          eb.and([eb(rankSql, '=', rank), eb('published_at', '=', slot('afterAt')), eb('id', '<', slot('afterId'))]),
        ]),
      )
    }
    const page = keys.orderBy('list_rank', 'desc').orderBy('published_at', 'desc').orderBy('id', 'desc').limit(slot('limit') as unknown as number)
    const marked = (table: 'notice_reads' | 'notice_acks') =>
      viewerId ? sql<number>`(case when exists (select 1 from ${sql.table(table)} m where m.notice_id = notices.id and m.account_id = ${slot('viewerId')}) then 1 else 0 end)` : sql<number>`0`
    return db
      .selectFrom(page.as('page'))
      .innerJoin('notices', 'notices.id', 'page.id')
      .select(LISTED_COLUMNS.map((c) => `notices.${c}` as const))
      .select([marked('notice_reads').as('tally_viewer_read'), marked('notice_acks').as('tally_viewer_acked')])
      .orderBy('page.list_rank', 'desc')
      .orderBy('page.published_at', 'desc')
      .orderBy('page.id', 'desc')
  }
  const values = {
    now: f.now, communityId: f.communityId, category: f.category, pinned: f.pinned ? 1 : 0, like: `%${search}%`, viewerId, limit,
    afterRank: after?.[0], afterAt: after?.[1], afterId: after?.[2], ...slotValues('compound', compounds), ...slotValues('term', terms),
  }
  // The rows as they come: each notice carries its tallies as columns (listedCount, listedMark).
  return runShaped(db, key, build, values)
}

export async function countUnread(db: DB, f: NoticeFilter, accountId: string): Promise<number> {
  let q = db
    .selectFrom('notices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'PUBLISHED')
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', f.now)]))
    .where((eb) => eb.or([eb('compound_id', 'is', null), eb('compound_id', 'in', f.visibleCompoundIds.length ? f.visibleCompoundIds : [''])]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('notice_reads').select('notice_id').whereRef('notice_reads.notice_id', '=', 'notices.id').where('notice_reads.account_id', '=', accountId))))
  if (f.communityId) q = q.where('community_id', '=', f.communityId)
  return Number((await q.executeTakeFirstOrThrow()).n)
}

export async function noticesByIds(db: DB, ids: readonly string[]): Promise<NoticeRow[]> {
  return db.selectFrom('notices').selectAll().where('id', 'in', ids).execute()
}

/** The buttons under notices' bodies (a statement's 查看收支明细), for the ids asked. */
export async function actionsOf(db: DB, ids: readonly string[]): Promise<{ notice_id: string; label: string; path: string }[]> {
  return ids.length ? db.selectFrom('notice_actions').selectAll().where('notice_id', 'in', ids).execute() : []
}

export async function insertNotice(db: DB, row: NoticeRow): Promise<void> {
  await db.insertInto('notices').values(row).execute()
  await assignShortCode(db, 'Notice', row.id)
}

export async function updateNotice(db: DB, id: string, patch: Partial<NoticeRow>): Promise<void> {
  await db.updateTable('notices').set(patch).where('id', '=', id).execute()
}

export async function replaceTerms(db: DB, noticeId: string, terms: string[]): Promise<void> {
  await db.deleteFrom('notice_terms').where('notice_id', '=', noticeId).execute()
  if (terms.length) await db.insertInto('notice_terms').values(terms.map((term) => ({ notice_id: noticeId, term }))).execute()
}

/** Records a read or an acknowledgement once per person; repeating changes nothing. True when it was new. */
async function recordOnce(db: DB, table: 'notice_reads' | 'notice_acks', noticeId: string, accountId: string, at: string): Promise<boolean> {
  const values = table === 'notice_reads' ? { notice_id: noticeId, account_id: accountId, read_at: at } : { notice_id: noticeId, account_id: accountId, acked_at: at }
  const result = await db
    .insertInto(table)
    .values(values as never) // the two tables differ only in the time column's name, chosen above
    .onConflict((oc) => oc.columns(['notice_id', 'account_id']).doNothing())
    .executeTakeFirst()
  // A concurrent first read by the same person waits on the primary key and then inserts nothing.
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/**
 * Records the person's read (and acknowledgement when asked) once, and bumps the notice's counters
 * by what was new, in the caller's transaction; answers the counts as they now stand.
 */
export async function recordMark(trx: DB, noticeId: string, accountId: string, at: string, acknowledge: boolean): Promise<{ read_count: number; ack_count: number }> {
  const read = await recordOnce(trx, 'notice_reads', noticeId, accountId, at)
  const acked = acknowledge && (await recordOnce(trx, 'notice_acks', noticeId, accountId, at))
  return trx
    .updateTable('notices')
    .set({ read_count: sql`read_count + ${read ? 1 : 0}`, ack_count: sql`ack_count + ${acked ? 1 : 0}` })
    .where('id', '=', noticeId)
    .returning(['read_count', 'ack_count'])
    .executeTakeFirstOrThrow()
}

export async function viewerMarks(db: DB, table: 'notice_reads' | 'notice_acks', accountId: string, noticeIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select('notice_id').where('account_id', '=', accountId).where('notice_id', 'in', noticeIds).execute()
  return new Set(rows.map((r) => r.notice_id))
}

/** Verified residents of the audience with their building, and whether each has acknowledged. */
export async function audienceAcknowledgements(db: DB, notice: Pick<NoticeRow, 'id' | 'community_id' | 'compound_id'>) {
  let q = db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .innerJoin('accounts', 'accounts.id', 'household_members.account_id')
    .leftJoin('notice_acks', (join) => join.onRef('notice_acks.account_id', '=', 'household_members.account_id').on('notice_acks.notice_id', '=', notice.id))
    .selectAll('accounts')
    .select(['buildings.id as building_id', sql<number>`case when notice_acks.account_id is null then 0 else 1 end`.as('acked')])
    .where('compounds.community_id', '=', notice.community_id)
    .where('accounts.deleted_at', 'is', null)
  if (notice.compound_id) q = q.where('buildings.compound_id', '=', notice.compound_id)
  return q.orderBy('buildings.sort').orderBy('accounts.id').execute()
}

export interface AcknowledgementGroup { building: BuildingRow; acknowledged: AccountRow[]; pending: AccountRow[] }
