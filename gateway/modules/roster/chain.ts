import { createHash } from 'node:crypto'

// Ballots are tamper-evident: each stored ballot carries a hash over its content and the previous
// ballot's hash, so changing, removing or reordering any one breaks every hash after it.

export const GENESIS_HASH = '0'.repeat(64)

export interface ChainedBallot { seq: number; proposal_id: string; owner_key: string; unit_id: string; option_ids: string; channel: string; receipt: string; cast_at: string }

export function ballotHash(prevHash: string, b: ChainedBallot): string {
  const content = JSON.stringify([b.seq, b.proposal_id, b.owner_key, b.unit_id, b.option_ids, b.channel, b.receipt, b.cast_at])
  return createHash('sha256').update(`${prevHash}\n${content}`).digest('hex')
}

/** The first ballot (by seq) whose stored hashes do not follow from the ones before it, or null when the chain holds. */
export function brokenLink(ballots: readonly (ChainedBallot & { prev_hash: string; hash: string })[]): number | null {
  let prev = GENESIS_HASH
  for (const b of [...ballots].sort((x, y) => x.seq - y.seq)) {
    if (b.prev_hash !== prev || ballotHash(prev, b) !== b.hash) return b.seq
    prev = b.hash
  }
  return null
}
