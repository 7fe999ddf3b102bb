import type { ColumnType, Selectable } from 'kysely'
import type { Time } from '../../db/tables'

// 收支公开: the finances module's tables, part of the Database in gateway/db/tables.ts. Money is
// integer fen: amount_fen is a bigint on PostgreSQL (read back as a string) and a 64-bit integer on
// SQLite (read back as a number); written as a decimal string, which both engines store as an integer.
export type FinanceAccount = 'PROPERTY_FEE' | 'PARKING' | 'SHARED_INCOME' | 'FUND_DEPOSIT' | 'FUND_DRAW' | 'LABOUR' | 'CLEANING' | 'GREENING' | 'REPAIR' | 'UTILITIES' | 'OTHER'
export type CounterpartyKind = 'PERSON' | 'ORGANISATION'
export type EntryStatus = 'PENDING' | 'APPROVED'

export interface FinanceCounterpartyTable { id: string; compound_id: string; kind: CounterpartyKind; name: string; account_id: string | null; created_at: Time }
export interface FinanceChainTable { compound_id: string; head: string; length: number }
export interface FinanceEntryTable {
  id: string
  compound_id: string
  community_id: string
  /** Position in the compound's chain, from 1. */
  seq: number
  /** Beijing date, YYYY-MM-DD. */
  entry_date: string
  account: FinanceAccount
  amount_fen: ColumnType<string | number, string, never>
  counterparty_id: string | null
  description: string
  /** Voucher media ids as a JSON array (part of the hashed content). */
  voucher_ids: string
  /** The passed art. 278 decision (a proposal) a fund draw cites. */
  decision_id: string | null
  /** The action-plan task this spending belongs to. */
  task_id: string | null
  /** The entry this one reverses (amount negated); at most one reversal each. */
  reverses_id: string | null
  import_id: string | null
  status: EntryStatus
  recorded_by: string | null
  recorded_at: Time
  approved_by: string | null
  approved_at: Time | null
  prev_hash: string
  hash: string
}
export interface FinanceQuestionTable { id: string; entry_id: string; compound_id: string; asker_id: string | null; body: string; asked_at: Time; due_at: Time; answer: string | null; answered_by: string | null; answered_at: Time | null }
export interface FinanceImportTable { id: string; compound_id: string; file_name: string; rows: string; status: 'PREVIEW' | 'COMMITTED'; created_by: string | null; created_at: Time; committed_at: Time | null }
export interface FinanceStatementTable { id: string; compound_id: string; period: string; notice_id: string; chain_head: string; published_by: string | null; published_at: Time }
export interface NoticeActionTable { notice_id: string; label: string; path: string }
export interface FinanceTables {
  finance_counterparties: FinanceCounterpartyTable
  finance_chains: FinanceChainTable
  finance_entries: FinanceEntryTable
  finance_questions: FinanceQuestionTable
  finance_imports: FinanceImportTable
  finance_statements: FinanceStatementTable
  notice_actions: NoticeActionTable
}
export type FinanceEntryRow = Selectable<FinanceEntryTable>
export type FinanceCounterpartyRow = Selectable<FinanceCounterpartyTable>
export type FinanceQuestionRow = Selectable<FinanceQuestionTable>
export type FinanceImportRow = Selectable<FinanceImportTable>
