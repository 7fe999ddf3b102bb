import { assignShortCode } from '../links/store'
import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ProposalRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { assertCleanText } from '../content-check/service'
import { isCommittee } from './policies'
import { changeStage, cleanText, recordProposalStep, requireCommittee, viewerMemberships, visibleOrNotFound } from './service'
import { isArticle278 } from './stages'
import * as store from './store'

// 提: drafting, submitting, co-signing, opening discussion, withdrawing.

type Ctx = GatewayContext
export interface OptionInput { label: string; pinX?: number | null; pinY?: number | null }

export function checkPin(x: number | null | undefined, y: number | null | undefined): { pin_x: number | null; pin_y: number | null } {
  if (x == null && y == null) return { pin_x: null, pin_y: null }
  if (x == null || y == null || x < 0 || x > 1 || y < 0 || y > 1) throw errors.badInput('位置标记需要同时给出 0 到 1 之间的横纵坐标', 'pinX')
  return { pin_x: x, pin_y: y }
}

export const YES_NO_ABSTAIN_LABELS = ['同意', '反对', '弃权']

export async function createProposal(
  ctx: Ctx,
  input: { compoundId: string; buildingId?: string | null; title: string; background: string; question: string; matter: string; ballotKind: string; maxChoices?: number | null; options?: readonly OptionInput[] | null },
  /** More to write in the draft's transaction (the issues a draft from a cluster links). */
  alsoWrite?: (trx: DB, draft: ProposalRow) => Promise<void>,
): Promise<ProposalRow> {
  const viewer = requireViewer(ctx)
  const compound = isId(input.compoundId) ? await ctx.db.selectFrom('compounds').selectAll().where('id', '=', input.compoundId).executeTakeFirst() : undefined
  if (!compound) throw errors.notFound('小区')
  if (input.buildingId != null) {
    const building = isId(input.buildingId) ? await ctx.db.selectFrom('buildings').select('compound_id').where('id', '=', input.buildingId).executeTakeFirst() : undefined
    if (!building) throw errors.notFound('楼栋')
    if (building.compound_id !== compound.id) throw errors.badInput('所选楼栋不在这个小区', 'buildingId')
  }
  const scope = { community_id: compound.community_id, compound_id: compound.id, building_id: input.buildingId ?? null }
  const draft = { ...scope, id: '', author_id: viewer.account.id } as ProposalRow
  const memberships = await viewerMemberships(ctx, draft)
  if (!memberships.length && !isCommittee(ctx, draft)) throw errors.forbidden('只有本小区(楼栋)的认证住户或物管会可以发起议题')
  const title = cleanText(input.title, 'title', '标题', 2, 60)
  const background = cleanText(input.background, 'background', '背景说明', 1, 2000)
  const question = cleanText(input.question, 'question', '表决的问题', 2, 200)
  if (isArticle278(input.matter) && input.ballotKind !== 'YES_NO_ABSTAIN') throw errors.badInput('《民法典》第二百七十八条规定的事项只能用“同意/反对/弃权”表决', 'ballotKind')
  const options: OptionInput[] = input.ballotKind === 'YES_NO_ABSTAIN' ? YES_NO_ABSTAIN_LABELS.map((label) => ({ label })) : [...(input.options ?? [])]
  if (options.length > 20) throw errors.badInput('选项最多 20 个', 'options')
  const maxChoices = input.ballotKind === 'MULTIPLE' ? input.maxChoices ?? null : null
  if (input.ballotKind === 'MULTIPLE' && (!maxChoices || maxChoices < 1)) throw errors.badInput('多选表决请设置最多可选几项', 'maxChoices')
  // Options can still be added in discussion, so without any yet only the options' own cap bounds it; openVoting checks again.
  if (maxChoices && maxChoices > (options.length || 20)) throw errors.badInput(`最多可选项数不能超过选项数(${options.length || 20} 个)`, 'maxChoices')
  await ctx.limiter.consume(viewer.account.id, 'proposal')
  for (const text of [title, background, question, ...options.map((o) => o.label)]) await assertCleanText(ctx.contentChecker, text, 'title', { openid: viewer.account.openid })
  const settings = await store.settingsOf(ctx.db, compound.id)
  const at = nowIso()
  const row: ProposalRow = {
    ...scope, id: newId(), author_id: viewer.account.id, author_household_id: memberships[0]?.household_id ?? null, title, background, question,
    matter: input.matter, ballot_kind: input.ballotKind, max_choices: maxChoices, stage: 'DRAFT', cosign_threshold: settings.cosign_threshold,
    cosign_deadline: null, voting_closes_at: null, meeting_at: null, meeting_place: null, minutes: null, result: null, outcome: null,
    acceptance_open: 0, reminded_at: null, created_at: at, updated_at: at,
  }
  return ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('proposals').values(row).execute()
    await assignShortCode(trx, 'Proposal', row.id)
    for (const option of options) {
      const label = cleanText(option.label, 'options', '选项', 1, 40)
      await trx.insertInto('proposal_options').values({ id: newId(), proposal_id: row.id, label, ...checkPin(option.pinX, option.pinY), amendment: 0, author_id: viewer.account.id, created_at: at }).execute()
    }
    await recordProposalStep(trx, ctx, row, { kind: 'DRAFTED' })
    await alsoWrite?.(trx, row)
    return row
  })
}

function requireAuthor(ctx: Ctx, p: ProposalRow): void {
  if (p.author_id !== ctx.viewer?.account.id) throw errors.forbidden('只有发起人可以这样做')
}

/** DRAFT → COSIGNING: the co-signing clock starts (threshold and days from the compound's settings). */
export async function submitProposal(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireAuthor(ctx, p)
  const settings = await store.settingsOf(ctx.db, p.compound_id)
  const deadline = new Date(Date.now() + settings.cosign_days * 86_400_000).toISOString()
  return changeStage(ctx, p, 'SUBMIT', { cosign_deadline: deadline, cosign_threshold: settings.cosign_threshold }, { kind: 'SUBMITTED', note: `需要 ${settings.cosign_threshold} 户在 ${settings.cosign_days} 天内联署` })
}

/** One co-sign per household in scope (idempotent); reaching the threshold opens discussion. */
export async function cosignProposal(ctx: Ctx, id: string): Promise<ProposalRow> {
  const viewer = requireViewer(ctx)
  const p = await visibleOrNotFound(ctx, id)
  const [membership] = (await viewerMemberships(ctx, p)).filter((m) => m.household_id !== p.author_household_id)
  if (!membership) throw errors.forbidden('只有本小区(楼栋)其他认证住户可以联署')
  const already = await ctx.db.selectFrom('proposal_cosigns').select('household_id').where('proposal_id', '=', p.id).where('household_id', '=', membership.household_id).executeTakeFirst()
  if (already) return p
  if (p.stage !== 'COSIGNING') throw errors.conflict('议题不在联署阶段')
  if (p.cosign_deadline && p.cosign_deadline < nowIso()) throw errors.conflict('联署时间已过')
  await ctx.limiter.consume(viewer.account.id, 'support')
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockProposal(trx, p.id, ctx.config.database.engine)
    if (!current || current.stage !== 'COSIGNING') throw errors.conflict('议题不在联署阶段')
    await trx.insertInto('proposal_cosigns').values({ proposal_id: p.id, household_id: membership.household_id, account_id: viewer.account.id, at: nowIso() }).onConflict((oc) => oc.columns(['proposal_id', 'household_id']).doNothing()).execute()
    if ((await store.cosignCount(trx, p.id)) < current.cosign_threshold) return current
    const next = { ...current, stage: 'DISCUSSION', updated_at: nowIso() }
    await trx.updateTable('proposals').set({ stage: next.stage, updated_at: next.updated_at }).where('id', '=', p.id).execute()
    await recordProposalStep(trx, ctx, next, { kind: 'DISCUSSION_OPENED', note: `${current.cosign_threshold} 户联署,进入讨论`, tellScope: true })
    return next
  })
  ctx.loaders.clear()
  return updated
}

export async function openDiscussion(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireCommittee(ctx, p)
  return changeStage(ctx, p, 'OPEN_DISCUSSION', {}, { kind: 'DISCUSSION_OPENED', note: '物管会直接开启讨论', audit: true, tellScope: true })
}

export async function withdrawProposal(ctx: Ctx, id: string): Promise<ProposalRow> {
  const p = await visibleOrNotFound(ctx, id)
  requireAuthor(ctx, p)
  return changeStage(ctx, p, 'WITHDRAW', {}, { kind: 'WITHDRAWN', note: '发起人撤回' })
}
