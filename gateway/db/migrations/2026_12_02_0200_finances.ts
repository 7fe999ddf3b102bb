import type { Kysely } from 'kysely'

// 收支公开: each compound's ledger (append-only, one SHA-256 chain per compound whose head sits in
// finance_chains, locked while an entry is appended), the counterparties apart from the chained
// content (so erasing a person's name leaves every hash intact), voucher photos through media,
// residents' questions (质询) with the committee's answers, spreadsheet imports awaiting commit,
// published statements, and the button a notice carries to a page (rich text cannot link).
export async function up(db: Kysely<unknown>): Promise<void> {
  const s = db.schema
  await s
    .createTable('finance_counterparties')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('finance_counterparties_account').on('finance_counterparties').column('account_id').execute()
  await s
    .createTable('finance_chains')
    .addColumn('compound_id', 'text', (c) => c.primaryKey().references('compounds.id'))
    .addColumn('head', 'text', (c) => c.notNull())
    .addColumn('length', 'integer', (c) => c.notNull())
    .execute()
  await s
    .createTable('finance_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('account', 'text', (c) => c.notNull())
    // Integer fen; bigint on PostgreSQL (sums pass 2^31), SQLite integers are 64-bit already.
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('counterparty_id', 'text', (c) => c.references('finance_counterparties.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('voucher_ids', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text', (c) => c.references('proposals.id'))
    .addColumn('task_id', 'text', (c) => c.references('proposal_tasks.id'))
    .addColumn('reverses_id', 'text', (c) => c.unique().references('finance_entries.id'))
    .addColumn('import_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('approved_at', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('finance_entries_chain', ['compound_id', 'seq'])
    .execute()
  await s.createIndex('finance_entries_statement').on('finance_entries').columns(['compound_id', 'status', 'entry_date', 'seq']).execute()
  await s.createIndex('finance_entries_account').on('finance_entries').columns(['compound_id', 'status', 'account', 'entry_date', 'seq']).execute()
  await s.createIndex('finance_entries_decision').on('finance_entries').column('decision_id').execute()
  await s.createIndex('finance_entries_task').on('finance_entries').column('task_id').execute()
  await s
    .createTable('finance_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('finance_entries.id'))
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('asker_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('answered_at', 'text')
    .execute()
  await s.createIndex('finance_questions_entry').on('finance_questions').columns(['entry_id', 'asked_at']).execute()
  await s.createIndex('finance_questions_open').on('finance_questions').columns(['compound_id', 'answered_at', 'due_at']).execute()
  await s
    .createTable('finance_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('rows', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')
    .execute()
  await s
    .createTable('finance_statements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('compound_id', 'text', (c) => c.notNull().references('compounds.id'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('notice_id', 'text', (c) => c.notNull().references('notices.id'))
    .addColumn('chain_head', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('finance_statements_period', ['compound_id', 'period', 'published_at'])
    .execute()
  await s
    .createTable('notice_actions')
    .addColumn('notice_id', 'text', (c) => c.primaryKey().references('notices.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['notice_actions', 'finance_statements', 'finance_imports', 'finance_questions', 'finance_entries', 'finance_chains', 'finance_counterparties']) await db.schema.dropTable(t).execute()
}
