import type { DB } from '../../db/database'
import { newId } from '../../lib/ids'
import { cutText } from '../../lib/input-text'
import { notify } from '../notify/service'
import { accountsYetToVote } from '../roster/electorate'
import { closeDueOwnersVotes } from '../roster/results'
import type { ProposalRow } from '../../db/tables'
import { runProposalStepHooks } from './service'
import * as store from './store'

// What the clock does to proposals, run periodically by the gateway (and by tests with their own
// \`now\`): co-signing that ran out withdraws the proposal; voting that closes within a day reminds the
// households that have not voted, once.

/** Who is reminded: owners' votes ask the roster (roster/electorate.ts), household votes the households in scope. */
async function yetToVote(db: DB, p: ProposalRow): Promise<string[]> {
  if (await db.selectFrom('electorates').select('proposal_id').where('proposal_id', '=', p.id).executeTakeFirst()) return accountsYetToVote(db, p.id)
  const voted = new Set((await store.ballotsOf(db, p.id)).map((b) => b.household_id))
  const members = (await store.membershipsInScope(db, p)).filter((m) => !voted.has(m.household_id))
  return [...new Set(members.map((m) => m.account_id))]
}

/** Co-signing that ran out withdraws the proposal; voting that closes within a day reminds the scope once. */
export async function sweepProposals(db: DB, now: Date = new Date()): Promise<{ expired: number; reminded: number; closed: number }> {
  const at = now.toISOString()
  // Owners' votes close by the clock and publish their results notice (roster/results.ts).
  const closed = await closeDueOwnersVotes(db, now)
  const expired = await db.selectFrom('proposals').selectAll().where('stage', '=', 'COSIGNING').where('cosign_deadline', '<', at).execute()
  for (const p of expired) {
    await db.transaction().execute(async (trx) => {
      const done = await trx.updateTable('proposals').set({ stage: 'WITHDRAWN', updated_at: at }).where('id', '=', p.id).where('stage', '=', 'COSIGNING').executeTakeFirst()
      if (Number(done.numUpdatedRows) !== 1) return
      const note = '联署期满未达到户数,议题撤回'
      await trx.insertInto('proposal_events').values({ id: newId(), proposal_id: p.id, kind: 'COSIGN_EXPIRED', stage: 'WITHDRAWN', note, actor_id: null, at }).execute()
      if (p.author_id) await notify(trx, [{ accountId: p.author_id, kind: 'PROPOSAL_WITHDRAWN', title: '议题联署未达到户数', body: `「${p.title}」联署期满未达到 ${p.cosign_threshold} 户,已撤回。`, subject: { type: 'Proposal', id: p.id } }])
      // The issues behind it hear of it as of any other stage change (from-issues.ts).
      await runProposalStepHooks(trx, null, { ...p, stage: 'WITHDRAWN', updated_at: at }, { kind: 'COSIGN_EXPIRED', note }, new Set(p.author_id ? [p.author_id] : []))
    })
  }
  const soon = new Date(now.getTime() + 86_400_000).toISOString()
  const closing = await db.selectFrom('proposals').selectAll().where('stage', '=', 'VOTING').where('voting_closes_at', '<=', soon).where('voting_closes_at', '>', at).where('reminded_at', 'is', null).execute()
  for (const p of closing) {
    await db.transaction().execute(async (trx) => {
      const done = await trx.updateTable('proposals').set({ reminded_at: at }).where('id', '=', p.id).where('reminded_at', 'is', null).executeTakeFirst()
      if (Number(done.numUpdatedRows) !== 1) return
      const accounts = await yetToVote(trx, p)
      // Also as a subscribe message (VOTING_REMINDER: the proposal and the closing time) to whoever accepted one when co-signing.
      const subscribe = { template: 'VOTING_REMINDER', page: `features/consult/pages/detail/index?id=${p.id}`, data: { thing1: cutText(p.title, 20), time2: p.voting_closes_at ?? at } }
      await notify(trx, accounts.map((accountId) => ({ accountId, kind: 'PROPOSAL_VOTING_CLOSING', title: '投票即将截止', body: `「${p.title}」投票将在一天内截止,您家还没有投票。`, subject: { type: 'Proposal', id: p.id }, subscribe })))
    })
  }
  return { expired: expired.length, reminded: closing.length, closed }
}

