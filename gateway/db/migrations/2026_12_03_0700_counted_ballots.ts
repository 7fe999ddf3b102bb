import type { Kysely } from 'kysely'

// The results page lists the counted ballots by receipt code. Which of an owner's ballots counts
// (online over proxy over paper, the latest within a channel: roster/electorate.ts countedBallots)
// is fixed when the vote closes, so it is stored then (`counted` = 1) and the page is a keyset
// query on (proposal_id, counted, receipt) instead of every ballot read and sorted in memory.
// Votes already closed get their flag here by the same rule.
const PRECEDENCE: Record<string, number> = { ONLINE: 3, PROXY: 2, PAPER: 1 }
const CLOSED = ['PASSED', 'REJECTED', 'ACTING', 'DONE']

interface Ballot { id: string; proposal_id: string; owner_key: string; channel: string; seq: number | string }
interface Tables {
  owner_ballots: Ballot & { counted: number; receipt: string }
  proposals: { id: string; stage: string }
}

export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as unknown as Kysely<Tables>
  await db.schema.alterTable('owner_ballots').addColumn('counted', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.createIndex('owner_ballots_counted_receipt').on('owner_ballots').columns(['proposal_id', 'counted', 'receipt']).execute()
  const ballots: Ballot[] = await db
    .selectFrom('owner_ballots')
    .innerJoin('proposals', 'proposals.id', 'owner_ballots.proposal_id')
    .select(['owner_ballots.id', 'owner_ballots.proposal_id', 'owner_ballots.owner_key', 'owner_ballots.channel', 'owner_ballots.seq'])
    .where('proposals.stage', 'in', CLOSED)
    .execute()
  const counted = new Map<string, Ballot>()
  for (const b of ballots.sort((x, y) => Number(x.seq) - Number(y.seq))) {
    const key = `${b.proposal_id}|${b.owner_key}`
    const current = counted.get(key)
    if (!current || (PRECEDENCE[b.channel] ?? 0) >= (PRECEDENCE[current.channel] ?? 0)) counted.set(key, b)
  }
  const ids = [...counted.values()].map((b) => b.id)
  for (let i = 0; i < ids.length; i += 500) await db.updateTable('owner_ballots').set({ counted: 1 }).where('id', 'in', ids.slice(i, i + 500)).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('owner_ballots_counted_receipt').execute()
  await db.schema.alterTable('owner_ballots').dropColumn('counted').execute()
}
