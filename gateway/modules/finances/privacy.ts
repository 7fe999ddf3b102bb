import type { DB } from '../../db/database'
import { registerPersonalData } from '../accounts/privacy'
import { ACCOUNT_NAME } from './accounts'
import { fen, formatYuan } from './money'
import type { FinanceAccount } from './tables'

// The finances module's part of the PIPL export and erasure: ledger entries naming the person as
// counterparty, the entries they recorded or approved as staff, and the questions they asked.
// Erasure anonymises: the counterparty's name becomes (已注销) and loses the account — the entry,
// its amount and its place in the hash chain stay (the chain covers the counterparty's id, not its
// name); questions keep their text for the public answer beside them, without the asker.

async function ledgerData(db: DB, accountId: string) {
  const [asCounterparty, recorded, questions] = await Promise.all([
    db.selectFrom('finance_entries').innerJoin('finance_counterparties', 'finance_counterparties.id', 'finance_entries.counterparty_id')
      .select(['finance_entries.id', 'finance_entries.seq', 'finance_entries.entry_date', 'finance_entries.account', 'finance_entries.amount_fen', 'finance_entries.description', 'finance_counterparties.name'])
      .where('finance_counterparties.account_id', '=', accountId).orderBy('finance_entries.seq').execute(),
    db.selectFrom('finance_entries').select(['id', 'seq', 'entry_date', 'account', 'amount_fen', 'recorded_by', 'approved_by']).where((eb) => eb.or([eb('recorded_by', '=', accountId), eb('approved_by', '=', accountId)])).orderBy('seq').execute(),
    db.selectFrom('finance_questions').select(['id', 'entry_id', 'body', 'asked_at', 'answer', 'answered_at']).where('asker_id', '=', accountId).orderBy('asked_at').execute(),
  ])
  return { asCounterparty, recorded, questions }
}

const line = (e: { entry_date: string; account: string; amount_fen: string | number }) => `${e.entry_date} ${ACCOUNT_NAME[e.account as FinanceAccount] ?? e.account} ${formatYuan(fen(e.amount_fen))} 元`

registerPersonalData({
  order: 50,
  async collect(db, person) {
    const { asCounterparty, recorded, questions } = await ledgerData(db, person.id)
    return {
      data: {
        finances: {
          ledgerEntriesAsCounterparty: asCounterparty.map((e) => ({ id: e.id, seq: Number(e.seq), date: e.entry_date, account: e.account, amountFen: fen(e.amount_fen).toString(), description: e.description, counterpartyName: e.name })),
          ledgerEntriesRecordedOrApproved: recorded.map((e) => ({ id: e.id, seq: Number(e.seq), date: e.entry_date, account: e.account, amountFen: fen(e.amount_fen).toString(), recorded: e.recorded_by === person.id, approved: e.approved_by === person.id })),
          questions: questions.map((q) => ({ id: q.id, entryId: q.entry_id, body: q.body, askedAt: q.asked_at, answer: q.answer, answeredAt: q.answered_at })),
        },
      },
      readable: [
        { title: `收支公开中以我为收付款方的账目(${asCounterparty.length})`, lines: asCounterparty.map((e) => `${line(e)} · ${e.description}`) },
        { title: `我记录或审核的账目(${recorded.length})`, lines: recorded.map((e) => `${line(e)}${e.recorded_by === person.id ? ' · 记账' : ''}${e.approved_by === person.id ? ' · 审核' : ''}`) },
        { title: `我提出的收支质询(${questions.length})`, lines: questions.map((q) => `${q.body}${q.answer ? `(已答复:${q.answer})` : '(待答复)'}`) },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    await trx.updateTable('finance_counterparties').set({ name: '(已注销)', account_id: null }).where('account_id', '=', person.id).execute()
    await trx.updateTable('finance_questions').set({ asker_id: null }).where('asker_id', '=', person.id).execute()
    return []
  },
  kept: [
    { what: '收支公开中以您为收付款方的账目', why: '小区账目须完整公开、在哈希链中不可删改;注销后金额和摘要保留,收付款方显示为(已注销)' },
    { what: '您提出的收支质询', why: '质询和物管会的公开答复一同留在账目旁,注销后不再关联您的账号' },
  ],
})
