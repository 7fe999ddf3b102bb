import { loader, loaderById, type GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ProposalRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { compoundById } from '../community/service'
import { recordAudit } from '../audit/service'
import { attachMedia } from '../media/service'
import { notify } from '../notify/service'
import { hasPublicPreview, isCommittee, isStaffReader } from './policies'
import { nextStage, type ProposalStage, type StageEvent } from './stages'
import * as store from './store'
import { cutText, shortenText, textLength } from '../../lib/input-text'

type Ctx = GatewayContext

export const proposalById = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loaderById<ProposalRow>(ctx, 'proposalById', (ids) => store.proposalsByIds(ctx.db, ids))

/** The viewer's verified memberships in the proposal's scope (per request). */
export const viewerMemberships = (ctx: Ctx, p: ProposalRow) =>
  loader<string, store.ScopeMembership[]>(ctx, `viewerMemberships:${p.compound_id}:${p.building_id ?? ''}`, async (keys) => {
    const rows = ctx.viewer ? await store.membershipsInScope(ctx.db, p, ctx.viewer.account.id) : []
    return keys.map(() => rows)
  }).load('viewer')

/** Drafts: their author. Otherwise households in scope and the compound's staff. */
export async function canSeeProposal(ctx: Ctx, p: ProposalRow): Promise<boolean> {
  if (!ctx.viewer) return false
  if (p.author_id === ctx.viewer.account.id) return true
  if (p.stage === 'DRAFT') return false
  if (isStaffReader(ctx, p)) return true
  return (await viewerMemberships(ctx, p)).length > 0
}

export async function findVisibleProposal(ctx: Ctx, id: string): Promise<ProposalRow | null> {
  const p = isId(id) ? await proposalById(ctx).load(id) : null
  return p && (await canSeeProposal(ctx, p)) ? p : null
}

/** The preview a shared link shows anyone (see hasPublicPreview), or null. */
export async function proposalPreview(ctx: Ctx, id: string) {
  const p = isId(id) ? await proposalById(ctx).load(id) : null
  if (!p || !hasPublicPreview(p)) return null
  const compound = await compoundById(ctx).load(p.compound_id)
  return {
    id: p.id,
    title: p.title,
    stage: p.stage as ProposalStage,
    summary: shortenText(p.background.replace(/\s+/g, ' ').trim(), PREVIEW_SUMMARY_LENGTH),
    compoundName: compound?.name ?? '',
    votingClosesAt: p.voting_closes_at,
  }
}

/** Characters of the background a preview shows. */
export const PREVIEW_SUMMARY_LENGTH = 120

export async function visibleOrNotFound(ctx: Ctx, id: string): Promise<ProposalRow> {
  requireViewer(ctx)
  const p = await findVisibleProposal(ctx, id)
  if (!p) throw errors.notFound('议题')
  return p
}

export const STAGE_NOTICE: Partial<Record<ProposalStage, { title: string; body: string }>> = {
  DISCUSSION: { title: '新议题开始讨论', body: '已进入讨论阶段,欢迎发表意见。' },
  VOTING: { title: '议题开始投票', body: '投票已开始,每户一票,截止前可以修改。' },
  PASSED: { title: '议题表决通过', body: '投票结果已公布:通过。' },
  REJECTED: { title: '议题未通过', body: '投票结果已公布:未通过。' },
  DONE: { title: '议定事项已完成', body: '相关工作已完成并经住户验收。' },
}

/** Everyone with a verified household in the scope: who hears about stage changes. */
export async function scopeAccounts(db: DB, p: ProposalRow): Promise<string[]> {
  return [...new Set((await store.membershipsInScope(db, p)).map((m) => m.account_id))]
}

export interface StepRecord { kind: string; note?: string | null; photoIds?: readonly string[]; audit?: boolean; tellScope?: boolean }

/**
 * What else happens with a step of a proposal, in its transaction (the issues behind it hear of it:
 * from-issues.ts). `ctx` is null for the steps taken outside a request's context: co-signing run
 * out (the sweep) and an owners' vote closed (roster/results.ts, by the clock or the committee).
 */
export type ProposalStepHook = (trx: DB, ctx: Ctx | null, p: ProposalRow, step: StepRecord, told: ReadonlySet<string>) => Promise<void>
const stepHooks: ProposalStepHook[] = []
export function onProposalStep(hook: ProposalStepHook): void {
  stepHooks.push(hook)
}

/** Every step hook, in `trx`: for the steps recorded here and for those the sweep and the owners' vote close record themselves. */
export async function runProposalStepHooks(trx: DB, ctx: Ctx | null, p: ProposalRow, step: StepRecord, told: ReadonlySet<string>): Promise<void> {
  for (const hook of stepHooks) await hook(trx, ctx, p, step, told)
}

/** The timeline entry, its photos, the audit entry for committee acts and the inbox for the scope: in `trx`. */
export async function recordProposalStep(trx: DB, ctx: Ctx, p: ProposalRow, step: StepRecord): Promise<void> {
  const at = nowIso()
  const actorId = ctx.viewer?.account.id ?? null
  const eventId = newId()
  await trx.insertInto('proposal_events').values({ id: eventId, proposal_id: p.id, kind: step.kind, stage: p.stage, note: step.note ?? null, actor_id: actorId, at }).execute()
  for (const photoId of step.photoIds ?? []) await attachMedia(trx, ctx, photoId, { type: 'ProposalEvent', id: eventId })
  if (step.audit && actorId) {
    await recordAudit(trx, { actorId, action: `proposal.${step.kind.toLowerCase()}`, subject: { type: 'Proposal', id: p.id }, communityId: p.community_id, details: { stage: p.stage } })
  }
  const message = STAGE_NOTICE[p.stage as ProposalStage]
  const told = new Set<string>(actorId ? [actorId] : [])
  if (step.tellScope && message) {
    const accounts = (await scopeAccounts(trx, p)).filter((a) => a !== actorId)
    for (const a of accounts) told.add(a)
    await notify(trx, accounts.map((accountId) => ({ accountId, kind: `PROPOSAL_${p.stage}`, title: message.title, body: `「${p.title}」${message.body}`, subject: { type: 'Proposal', id: p.id }, subscribe: { template: 'PROPOSAL_STAGE', page: `features/consult/pages/detail/index?id=${p.id}`, data: { thing1: cutText(p.title, 20), phrase2: cutText(message.title, 5) } } })))
  }
  await runProposalStepHooks(trx, ctx, p, step, told)
}

/**
 * A stage change: who-may is checked by the caller (FORBIDDEN first); here the machine decides
 * (CONFLICT when out of order), inside one transaction with the row locked.
 */
export async function changeStage(ctx: Ctx, p: ProposalRow, event: StageEvent, patch: Partial<ProposalRow>, step: StepRecord, check?: (current: ProposalRow, trx: DB) => void | Promise<void>): Promise<ProposalRow> {
  if (!nextStage(p.stage as ProposalStage, event)) throw errors.conflict('议题当前阶段不允许这一步,请刷新后再试')
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockProposal(trx, p.id, ctx.config.database.engine)
    if (!current) throw errors.notFound('议题')
    const to = nextStage(current.stage as ProposalStage, event)
    if (!to) throw errors.conflict('议题当前阶段不允许这一步,请刷新后再试')
    await check?.(current, trx)
    const changes = { ...patch, stage: to, updated_at: nowIso() }
    await trx.updateTable('proposals').set(changes).where('id', '=', current.id).execute()
    const next = { ...current, ...changes }
    await recordProposalStep(trx, ctx, next, step)
    return next
  })
  ctx.loaders.clear()
  return updated
}

export function requireCommittee(ctx: Ctx, p: ProposalRow): void {
  if (!isCommittee(ctx, p)) throw errors.forbidden('只有本小区物管会(或社区管理员)可以进行这一步')
}

export function cleanText(value: string | null | undefined, field: string, label: string, min: number, max: number): string {
  const v = value?.trim() ?? ''
  if (textLength(v) < min) throw errors.badInput(min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`, field)
  if (textLength(v) > max) throw errors.badInput(`${label}不能超过 ${max} 个字`, field)
  return v
}
