import { createHash } from 'node:crypto'
import { fen } from './money'

// Ledger entries are tamper-evident as ballots are (roster/chain.ts): each entry's hash covers its
// content and the previous entry's hash in the compound's chain, so changing, removing or
// reordering one breaks every hash after it. The counterparty is covered by its id, not its name,
// so that erasing a person (PIPL) leaves the chain whole. Approval is a state, not content: the
// audit log keeps who approved.

export const GENESIS_HASH = '0'.repeat(64)

export interface ChainedEntry {
  seq: number
  compound_id: string
  entry_date: string
  account: string
  amount_fen: string | number
  counterparty_id: string | null
  description: string
  voucher_ids: string
  decision_id: string | null
  task_id: string | null
  reverses_id: string | null
  recorded_by: string | null
  recorded_at: string
}

export function entryHash(prevHash: string, e: ChainedEntry): string {
  const content = JSON.stringify([Number(e.seq), e.compound_id, e.entry_date, e.account, fen(e.amount_fen).toString(), e.counterparty_id, e.description, e.voucher_ids, e.decision_id, e.task_id, e.reverses_id, e.recorded_by, e.recorded_at])
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex')
}

/** The first entry (by seq) whose stored hashes do not follow from the ones before it, or null when the chain holds. */
export function brokenLink(entries: readonly (ChainedEntry & { prev_hash: string; hash: string })[]): number | null {
  let prev = GENESIS_HASH
  for (const e of [...entries].sort((x, y) => Number(x.seq) - Number(y.seq))) {
    if (e.prev_hash !== prev || entryHash(prev, e) !== e.hash) return Number(e.seq)
    prev = e.hash
  }
  return null
}
