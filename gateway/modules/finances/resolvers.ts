import { GraphQLError, GraphQLScalarType, Kind } from 'graphql'
import type { GatewayContext } from '../../context'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { accountById } from '../accounts/service'
import { compoundById, required } from '../community/service'
import { findVisibleProposal } from '../consult/service'
import { mediaById } from '../media/service'
import { findVisibleNotice } from '../notices/service'
import { ACCOUNT_NAME, isAccount } from './accounts'
import { commitFinanceImport, findFinanceImport } from './importing'
import { IMPORT_PROBLEM_TEXT } from './import-rows'
import { maskPersonName } from './masking'
import { fen, parseFen } from './money'
import { approvesFinances, keepsFinances, recordsFinances } from './policies'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount
import { answerQuestion, askQuestion, isOverdue, questionsOfEntry } from './questions'
import * as service from './service'
import { periodOrBadInput, publishStatement, statementOf } from './statements'
import * as store from './store'
import type { FinanceEntryRow } from './tables'

type Ctx = GatewayContext

const FEN_MESSAGE = '金额应为整数分的字符串,例如 "12345"(即 123.45 元)'

function fenInput(value: unknown): bigint {
  const v = parseFen(value)
  if (v === null) throw new GraphQLError(FEN_MESSAGE, { extensions: { code: 'BAD_USER_INPUT' } })
  return v
}

export const Fen = new GraphQLScalarType({
  name: 'Fen',
  description: 'Integer fen as a decimal string',
  serialize: (value) => {
    if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'string') return fen(value).toString()
    throw new GraphQLError('Fen must be an integer')
  },
  parseValue: fenInput,
  parseLiteral: (ast) => fenInput(ast.kind === Kind.STRING || ast.kind === Kind.INT ? ast.value : null),
})

const placeOf = (e: Pick<FinanceEntryRow, 'community_id' | 'compound_id'>) => ({ communityId: e.community_id, compoundId: e.compound_id })

/** Entries the viewer may open, dropping the others (a reversal of an approved entry may itself be pending). */
async function visible(ctx: Ctx, rows: FinanceEntryRow[]): Promise<FinanceEntryRow[]> {
  const seen = await Promise.all(rows.map((r) => service.canSeeEntry(ctx, r)))
  return rows.filter((_, i) => seen[i])
}

export const financesResolvers: Resolvers = {
  Fen,
  Query: {
    financeStatement: (_p, { compoundId, period }, ctx) => statementOf(ctx, compoundId, period),
    financeEntries: async (_p, { compoundId, period, account, pending, first, after }, ctx) => {
      const limit = pageSize(first)
      const p = periodOrBadInput(period)
      const place = await service.requireReader(ctx, compoundId)
      if (pending && !keepsFinances(ctx, place)) throw errors.forbidden('只有本小区的管家和物管会成员可以查看待审核的账目')
      const cursor = decodeCursor(after, 2) as [string, number] | null // arity checked; written by this resolver
      const q = { compoundId: place.compoundId, start: p.start, end: p.end, status: pending ? ('PENDING' as const) : ('APPROVED' as const), account: account ?? null }
      const [rows, totalCount] = await Promise.all([store.entryPage(ctx.db, { ...q, after: cursor, limit: limit + 1 }), store.entryCount(ctx.db, q)])
      return { ...toConnection(rows, limit, (r) => [r.entry_date, Number(r.seq)]), totalCount }
    },
    financeEntry: (_p, { id }, ctx) => service.findVisibleEntry(ctx, id),
    financeImport: (_p, { id }, ctx) => findFinanceImport(ctx, id),
    financeAccess: async (_p, { compoundId }, ctx) => {
      const place = await service.compoundPlace(ctx, compoundId)
      return { place, records: recordsFinances(ctx, place), approves: approvesFinances(ctx, place), keeps: keepsFinances(ctx, place), reads: await service.readsAccounts(ctx, place) }
    },
  },
  Mutation: {
    recordFinanceEntry: (_p, { input }, ctx) => service.recordEntry(ctx, { ...input, amountFen: input.amountFen }),
    reverseFinanceEntry: (_p, { id, reason }, ctx) => service.reverseEntry(ctx, id, reason),
    approveFinanceEntry: (_p, { id }, ctx) => service.approveEntry(ctx, id),
    publishFinanceStatement: (_p, { compoundId, period }, ctx) => publishStatement(ctx, compoundId, period),
    commitFinanceImport: (_p, { id }, ctx) => commitFinanceImport(ctx, id),
    askFinanceQuestion: (_p, { entryId, body }, ctx) => askQuestion(ctx, entryId, body),
    answerFinanceQuestion: (_p, { id, answer }, ctx) => answerQuestion(ctx, id, answer),
  },
  FinanceEntry: {
    seq: (e) => Number(e.seq),
    date: (e) => e.entry_date,
    account: (e) => e.account,
    accountName: (e) => ACCOUNT_NAME[e.account],
    amountFen: (e) => fen(e.amount_fen),
    counterparty: async (e, _a, ctx) => {
      const c = e.counterparty_id ? await service.counterpartyById(ctx).load(e.counterparty_id) : null
      if (!c) return null
      const unmasked = c.kind === 'ORGANISATION' || keepsFinances(ctx, placeOf(e)) || (ctx.viewer !== null && c.account_id === ctx.viewer.account.id)
      return { kind: c.kind, name: unmasked || c.account_id === null && c.name === '(已注销)' ? c.name : maskPersonName(c.name) }
    },
    vouchers: async (e, _a, ctx) => {
      const ids = JSON.parse(e.voucher_ids) as string[]
      const rows = await Promise.all(ids.map((id) => mediaById(ctx).load(id)))
      return rows.filter((m) => m !== null)
    },
    status: (e) => e.status,
    decision: (e, _a, ctx) => (e.decision_id ? findVisibleProposal(ctx, e.decision_id) : null),
    reverses: (e, _a, ctx) => (e.reverses_id ? service.findVisibleEntry(ctx, e.reverses_id) : null),
    reversedBy: async (e, _a, ctx) => {
      const r = await service.reversalOf(ctx).load(e.id)
      return r && (await service.canSeeEntry(ctx, r)) ? r : null
    },
    recordedBy: (e, _a, ctx) => (e.recorded_by ? accountById(ctx).load(e.recorded_by) : null),
    recordedAt: (e) => e.recorded_at,
    approvedBy: (e, _a, ctx) => (e.approved_by ? accountById(ctx).load(e.approved_by) : null),
    approvedAt: (e) => e.approved_at,
    prevHash: (e) => e.prev_hash,
    questions: (e, _a, ctx) => questionsOfEntry(ctx).load(e.id),
    viewerCanApprove: (e, _a, ctx) => service.viewerCanApprove(ctx, e),
    viewerAnswers: (e, _a, ctx) => approvesFinances(ctx, placeOf(e)),
  },
  FinanceQuestion: {
    askedAt: (q) => q.asked_at,
    dueAt: (q) => q.due_at,
    overdue: (q) => isOverdue(q),
    answeredAt: (q) => q.answered_at,
    entry: async (q, _a, ctx) => required(service.findVisibleEntry(ctx, q.entry_id), '账目'),
  },
  FinanceStatement: {
    period: (s) => s.period.key,
    label: (s) => s.period.label,
    compound: (s, _a, ctx) => required(compoundById(ctx).load(s.place.compoundId), '小区'),
    income: (s) => s.income,
    spending: (s) => s.spending,
    fundDraws: async (s, _a, ctx) => visible(ctx, await store.entryPage(ctx.db, { compoundId: s.place.compoundId, start: s.period.start, end: s.period.end, status: 'APPROVED', account: 'FUND_DRAW', after: null, limit: 100 })),
    notice: (s, _a, ctx) => (s.noticeId ? findVisibleNotice(ctx, s.noticeId) : null),
    viewerRecords: (s, _a, ctx) => recordsFinances(ctx, s.place),
    viewerApproves: (s, _a, ctx) => approvesFinances(ctx, s.place),
  },
  FinanceAccess: {
    compound: (a, _a, ctx) => required(compoundById(ctx).load(a.place.compoundId), '小区'),
  },
  FinanceAccountTotal: {
    account: (a) => a.account,
  },
  FinanceImport: {
    fileName: (i) => i.file_name,
    committed: (i) => i.status === 'COMMITTED',
    rowCount: (i) => i.rows.length,
    problemRowCount: (i) => i.rows.filter((r) => r.problems.length).length,
  },
  FinanceImportRow: {
    account: (r) => (r.account && isAccount(r.account) ? r.account : null),
    amountFen: (r) => (r.amountFen === null ? null : BigInt(r.amountFen)),
    problems: (r) => r.problems.map((p) => IMPORT_PROBLEM_TEXT[p]),
  },
  Proposal: {
    fundDrawnFen: async (p, _a, ctx) => service.sumFen(await service.drawsOfDecision(ctx).load(p.id)),
    fundDraws: async (p, _a, ctx) => visible(ctx, await service.drawsOfDecision(ctx).load(p.id)),
  },
  ProposalTask: {
    spentFen: async (t, _a, ctx) => service.sumFen((await service.entriesOfTask(ctx).load(t.id)).filter((e) => e.status === 'APPROVED')),
    pendingSpentFen: async (t, _a, ctx) => service.sumFen((await service.entriesOfTask(ctx).load(t.id)).filter((e) => e.status === 'PENDING')),
  },
}
