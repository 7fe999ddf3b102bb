import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { IssueRow } from '../../db/tables'
import { newId, nowIso } from '../../lib/ids'
import { cutText } from '../../lib/input-text'
import { notify } from '../notify/service'
import { nextStatus, type IssueStatus } from './lifecycle'
import { recordStep, whoMaySee } from './record'
import * as store from './store'

// Steps no person takes on the issue itself: what a proposal drafted from it does to it (报事 → 议事).
// Each runs in the caller's transaction, the issue row locked and its status re-checked.

/** A timeline entry on each issue about the proposal behind it; no status change and nobody told. */
export async function noteProposalOnIssues(trx: DB, issueIds: readonly string[], kind: 'PROPOSAL_LINKED' | 'PROPOSAL_STAGE', note: string, actorId: string | null): Promise<void> {
  const at = nowIso()
  const issues = issueIds.length ? await store.issuesByIds(trx, issueIds) : []
  for (const issue of issues) await trx.insertInto('issue_events').values({ id: newId(), issue_id: issue.id, kind, status: issue.status, note, actor_id: actorId, at }).execute()
}

/** The reporters and supporters of the issues (those who may still see each), told once each about the proposal. */
export async function tellIssuePeople(trx: DB, issueIds: readonly string[], message: { kind: string; title: string; body: string; proposalId: string; proposalTitle: string; skip: ReadonlySet<string> }): Promise<string[]> {
  const issues = issueIds.length ? await store.issuesByIds(trx, issueIds) : []
  const told = new Set<string>()
  for (const issue of issues) {
    const supporters = (await trx.selectFrom('issue_supports').select('account_id').where('issue_id', '=', issue.id).execute()).map((r) => r.account_id)
    for (const who of await whoMaySee(trx, issue, [issue.reporter_id, ...supporters])) if (!message.skip.has(who)) told.add(who)
  }
  await notify(trx, [...told].map((accountId) => ({
    accountId, kind: message.kind, title: message.title, body: message.body, subject: { type: 'Proposal', id: message.proposalId },
    subscribe: { template: 'PROPOSAL_STAGE', page: `features/consult/pages/detail/index?id=${message.proposalId}`, data: { thing1: cutText(message.proposalTitle, 20), phrase2: cutText(message.title, 5) } },
  })))
  return [...told]
}

/**
 * 由议事解决: each linked issue still open moves to RESOLVED (from any open status) with a note citing
 * the proposal; its reporter is asked to confirm and rate as after any resolution. Issues already
 * resolved, closed or rejected stay as they are. Returns the issues resolved.
 */
export async function resolveByProposal(trx: DB, ctx: GatewayContext, issueIds: readonly string[], proposal: { id: string; title: string }): Promise<string[]> {
  const system: GatewayContext = { ...ctx, viewer: null }
  const resolved: string[] = []
  for (const id of issueIds) {
    const current = await store.lockIssue(trx, id, ctx.config.database.engine)
    const to = current ? nextStatus(current.status as IssueStatus, 'RESOLVE_BY_PROPOSAL') : null
    if (!current || !to) continue
    const at = nowIso()
    const next: IssueRow = { ...current, status: to, resolved_at: at, updated_at: at }
    await trx.updateTable('issues').set({ status: to, resolved_at: at, updated_at: at }).where('id', '=', id).where('status', '=', current.status).execute()
    await recordStep(trx, system, next, { kind: 'RESOLVED_BY_PROPOSAL', status: to, note: `议事「${proposal.title}」已实施并经住户验收,问题随之解决`, staff: false })
    resolved.push(id)
  }
  return resolved
}
