import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { NoticeRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { recordAudit } from '../audit/service'
import * as noticeStore from '../notices/store'
import { plainText, searchableText, searchTerms, summarise } from '../notices/text'
import { notify } from '../notify/service'
import { GENESIS_HASH } from './chain'
import { formatYuan } from './money'
import { parsePeriod, type Period } from './periods'
import { approvesFinances, type FinancePlace } from './policies'
import { requireReader } from './service'
import { statementFigures, type StatementFigures } from './statement-rules'
import * as store from './store'

// Statements: figures from one grouped query, the chain's head at the period's end, the open and
// overdue questions; published as a 收支公开 notice to the compound with a button to the page.

type Ctx = GatewayContext

export interface StatementModel extends StatementFigures { place: FinancePlace; period: Period; chainHead: string; chainLength: number; openQuestions: number; overdueQuestions: number; noticeId: string | null }

export const statementPath = (compoundId: string, period: string) => `/features/finances/pages/statement/index?compoundId=${compoundId}&period=${period}`

export function periodOrBadInput(key: string): Period {
  const period = parsePeriod(key.trim())
  if (!period) throw errors.badInput('期间格式为 YYYY-MM(月度)或 YYYY-Qn(季度,如 2026-Q4)', 'period')
  return period
}

export async function statementOf(ctx: Ctx, compoundId: string, periodKey: string): Promise<StatementModel> {
  const period = periodOrBadInput(periodKey)
  const place = await requireReader(ctx, compoundId)
  return computeStatement(ctx.db, place, period)
}

/** The statement's figures, chain head and questions from the database: four statements whatever the ledger's size. */
export async function computeStatement(db: DB, place: FinancePlace, period: Period, now = nowIso()): Promise<StatementModel> {
  const [totals, head, questions, published] = await Promise.all([
    store.monthTotals(db, place.compoundId, period.end),
    store.chainHeadAt(db, place.compoundId, period.end),
    store.questionCounts(db, place.compoundId, period.start, period.end, now),
    db.selectFrom('finance_statements').select('notice_id').where('compound_id', '=', place.compoundId).where('period', '=', period.key).orderBy('published_at', 'desc').limit(1).executeTakeFirst(),
  ])
  return {
    ...statementFigures(period, totals), place, period, chainHead: head?.hash ?? GENESIS_HASH, chainLength: head?.seq ?? 0,
    openQuestions: questions.open, overdueQuestions: questions.overdue, noticeId: published?.notice_id ?? null,
  }
}

function noticeBody(compoundName: string, s: StatementModel): string {
  const y = (v: bigint) => `${formatYuan(v)} 元`
  const spending = s.spending.map((a) => `<li>${a.name}:${y(a.totalFen)}</li>`).join('')
  return [
    `<p>${compoundName}${s.period.label}收支情况公开如下(经物管会两人复核):</p>`,
    `<p>本期收入 ${y(s.incomeFen)},支出 ${y(s.spendingFen)};期初结余 ${y(s.openingBalanceFen)},期末结余 ${y(s.closingBalanceFen)}。</p>`,
    spending ? `<p>支出分类:</p><ul>${spending}</ul>` : '',
    `<p>专项维修资金:期初 ${y(s.fundOpeningFen)},本期存入 ${y(s.fundDepositsFen)},支取 ${y(s.fundDrawsFen)},期末 ${y(s.fundClosingFen)}。每笔支取均依据业主表决。</p>`,
    `<p>共 ${s.entryCount} 笔账目,每笔可查看凭证;账目哈希链末值(第 ${s.chainLength} 笔):${s.chainHead}</p>`,
    '<p>对任何一笔账目有疑问,可在收支明细中直接提出质询,物管会将在 7 天内公开答复。请阅读后点击"我已阅读"。</p>',
  ].join('')
}

/** The committee publishes the statement as a notice (廉洁文化, the compound's audience, acknowledgement asked). */
export async function publishStatement(ctx: Ctx, compoundId: string, periodKey: string): Promise<NoticeRow> {
  const viewer = requireViewer(ctx)
  const s = await statementOf(ctx, compoundId, periodKey)
  if (!approvesFinances(ctx, s.place)) throw errors.forbidden('只有本小区物管会成员可以发布收支公开')
  if (s.entryCount === 0) throw errors.conflict('这一期还没有审核通过的账目,不能公开')
  const notice = await ctx.db.transaction().execute((trx) => insertStatementNotice(trx, s, viewer.account.id, nowIso()))
  ctx.loaders.clear()
  return notice
}

/** Writes the statement's notice, its button, the publication record, the audit entry and the residents' inbox, in `trx` (the demo seed publishes its own). */
export async function insertStatementNotice(trx: DB, s: StatementModel, actorId: string, at: string): Promise<NoticeRow> {
  const compound = await trx.selectFrom('compounds').select('name').where('id', '=', s.place.compoundId).executeTakeFirstOrThrow()
  const title = `${compound.name}${s.period.label}财务收支公开`
  const body = noticeBody(compound.name, s)
  const notice: NoticeRow = {
    id: newId(), community_id: s.place.communityId, compound_id: s.place.compoundId, category: 'INTEGRITY_CULTURE', title, body_html: body, summary: summarise(plainText(body)),
    search_text: searchableText(title, plainText(body)), cover_media_id: null, pinned: 0, requires_ack: 1, status: 'PUBLISHED', author_id: actorId, published_at: at, updated_at: at, expires_at: null, read_count: 0, ack_count: 0,
  }
  await noticeStore.insertNotice(trx, notice)
  await noticeStore.replaceTerms(trx, notice.id, searchTerms(notice.search_text))
  await trx.insertInto('notice_actions').values({ notice_id: notice.id, label: '查看收支明细', path: statementPath(s.place.compoundId, s.period.key) }).execute()
  await trx.insertInto('finance_statements').values({ id: newId(), compound_id: s.place.compoundId, period: s.period.key, notice_id: notice.id, chain_head: s.chainHead, published_by: actorId, published_at: at }).execute()
  await recordAudit(trx, { actorId, action: 'finance.publish', subject: { type: 'Compound', id: s.place.compoundId }, communityId: s.place.communityId, details: { period: s.period.key, noticeId: notice.id, chainHead: s.chainHead } })
  const accounts = await trx
    .selectFrom('household_members').innerJoin('households', 'households.id', 'household_members.household_id').innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select('household_members.account_id').distinct().where('buildings.compound_id', '=', s.place.compoundId).execute()
  await notify(trx, accounts.map((a) => ({ accountId: a.account_id, kind: 'FINANCE_STATEMENT', title: '收支公开', body: `${title}已发布,请查看并确认已阅读。`, subject: { type: 'Notice', id: notice.id } })))
  return notice
}
