import { assignShortCode } from '../links/store'
import { loader, loaderById, type GatewayContext } from '../../context'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, newId, nowIso } from '../../lib/ids'
import { requireViewer } from '../accounts/service'
import { communityById } from '../community/service'
import { assertCleanText } from '../content-check/service'
import { attachMedia, registerMediaAudience, registerMediaReviewers } from '../media/service'
import { SEATED, seatsLeft } from './allocation'
import { checkActivity, fieldsOf, toColumns, type ActivityFields, type Material, type Question } from './input'
import { canManage, canSee } from './policies'
import { auditStaff, tellCancelled } from './record'
import { promoteWaiting } from './seats'
import * as store from './store'
import { textLength } from '../../lib/input-text'

type Ctx = GatewayContext

export const activityById = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loaderById<ActivityRow>(ctx, 'activityById', (ids) => store.activitiesByIds(ctx.db, ids))

export const registrationById = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loaderById<RegistrationRow>(ctx, 'registrationById', (ids) => store.registrationsByIds(ctx.db, ids))

export interface Tally { confirmedSeats: number; attendedSeats: number; waitlisted: number; pending: number; registrations: Record<string, number>; seats: Record<string, number> }

/** Per activity: registrations and people by status, in one statement for a page of activities. */
export const tallyOf = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, Tally>(ctx, 'activityTally', async (ids) => {
    const rows = await store.tallies(ctx.db, ids)
    return ids.map((id) => {
      const mine = rows.filter((r) => r.activity_id === id)
      const registrations = Object.fromEntries(mine.map((r) => [r.status, r.registrations]))
      const seats = Object.fromEntries(mine.map((r) => [r.status, r.seats]))
      const confirmedSeats = mine.filter((r) => SEATED.includes(r.status as never)).reduce((n, r) => n + r.seats, 0)
      return { confirmedSeats, attendedSeats: seats.ATTENDED ?? 0, waitlisted: registrations.WAITLISTED ?? 0, pending: registrations.PENDING ?? 0, registrations, seats }
    })
  })

/** Each activity's WAITLISTED registration ids in arrival order: positions are ranks in it, never stored. */
export const waitingOf = (ctx: Pick<Ctx, 'db' | 'loaders'>) =>
  loader<string, string[]>(ctx, 'activityWaiting', async (ids) => {
    const rows = await store.waiting(ctx.db, ids)
    return ids.map((id) => rows.filter((r) => r.activity_id === id).map((r) => r.id))
  })

/** The viewer's active registration for each activity, else their latest one. */
export const viewerRegistrationOf = (ctx: Ctx) =>
  loader<string, RegistrationRow | null>(ctx, 'viewerRegistration', async (ids) => {
    if (!ctx.viewer) return ids.map(() => null)
    const rows = await store.registrationsOfAccount(ctx.db, ctx.viewer.account.id, ids)
    return ids.map((id) => rows.find((r) => r.activity_id === id) ?? null)
  })

export const viewerReminderOf = (ctx: Ctx) =>
  loader<string, boolean>(ctx, 'viewerActivityReminder', async (ids) => {
    if (!ctx.viewer) return ids.map(() => false)
    const set = await store.viewerReminders(ctx.db, ctx.viewer.account.id, ids)
    return ids.map((id) => set.has(id))
  })

export async function findVisibleActivity(ctx: Ctx, id: string): Promise<ActivityRow | null> {
  const activity = isId(id) ? await activityById(ctx).load(id) : null
  return activity && canSee(ctx, activity) ? activity : null
}

export async function visibleOrNotFound(ctx: Ctx, id: string): Promise<ActivityRow> {
  const activity = await findVisibleActivity(ctx, id)
  if (!activity) throw errors.notFound('活动')
  return activity
}

/** Only staff managing the activity's community; FORBIDDEN otherwise (after NOT_FOUND for the invisible). */
export async function managedOrForbidden(ctx: Ctx, id: string, message = '只有本社区的工作人员可以管理活动'): Promise<ActivityRow> {
  requireViewer(ctx)
  const activity = await visibleOrNotFound(ctx, id)
  if (!canManage(ctx, activity)) throw errors.forbidden(message)
  return activity
}

/** The registrant and the activity's managers see a registration; nobody else learns it exists. */
export async function visibleRegistration(ctx: Ctx, id: string): Promise<{ registration: RegistrationRow; activity: ActivityRow; manages: boolean }> {
  const viewer = requireViewer(ctx)
  const registration = isId(id) ? await registrationById(ctx).load(id) : null
  const activity = registration ? await activityById(ctx).load(registration.activity_id) : null
  if (!registration || !activity) throw errors.notFound('报名')
  const manages = canManage(ctx, activity)
  if (registration.account_id !== viewer.account.id && !manages) throw errors.notFound('报名')
  return { registration, activity, manages }
}

registerMediaAudience('Activity', async (ctx, id) => (await findVisibleActivity(ctx, id)) !== null)
// A cover still in WeChat's check: the activity's managers.
registerMediaReviewers('Activity', async (ctx, id) => {
  const activity = isId(id) ? await activityById(ctx).load(id) : null
  return activity !== null && canManage(ctx, activity)
})

export function seatFigures(activity: ActivityRow, tally: Tally) {
  return { confirmedSeats: tally.confirmedSeats, seatsLeft: seatsLeft({ capacity: activity.capacity, confirmedSeats: tally.confirmedSeats }) }
}

/** Whether sign-up is open now: published and before the deadline. */
export function signUpOpen(activity: ActivityRow, now = nowIso()): boolean {
  return activity.status === 'PUBLISHED' && now <= activity.sign_up_deadline
}

/** A question as sent: options may be left out for types other than CHOICE. */
export interface QuestionInput { text: string; type: Question['type']; options?: readonly string[] | null }

const asQuestions = (input: readonly QuestionInput[]): Question[] => input.map((q) => ({ text: q.text, type: q.type, options: [...(q.options ?? [])] }))

type FieldsInput = { [K in Exclude<keyof ActivityFields, 'materials' | 'questions' | 'partners'>]?: ActivityFields[K] | null } & {
  questions?: readonly QuestionInput[] | null; partners?: readonly string[] | null; materials?: readonly Material[] | null; coverId?: string | null
}

function merged(base: ActivityFields, input: FieldsInput): ActivityFields {
  const pick = <K extends keyof ActivityFields>(k: K): ActivityFields[K] => (input[k] ?? base[k]) as ActivityFields[K] // null means "unchanged"
  return {
    kind: pick('kind'), title: pick('title'), description: pick('description'), venue: pick('venue'), startsAt: pick('startsAt'), endsAt: pick('endsAt'),
    signUpDeadline: pick('signUpDeadline'), capacity: pick('capacity'), maxPartySize: pick('maxPartySize'), eligibility: pick('eligibility'),
    waitlist: pick('waitlist'), needsApproval: pick('needsApproval'),
    questions: input.questions ? asQuestions(input.questions) : [...base.questions], partners: [...(input.partners ?? base.partners)], materials: [...(input.materials ?? base.materials)],
  }
}

async function checkText(ctx: Ctx, f: ActivityFields): Promise<void> {
  const author = { openid: ctx.viewer?.account.openid ?? null }
  for (const [value, field] of [[f.title, 'title'], [f.description, 'description'], [f.venue, 'venue'], [f.questions.flatMap((q) => [q.text, ...q.options]).join(' '), 'questions'], [f.partners.join(' '), 'partners']] as const) {
    await assertCleanText(ctx.contentChecker, value, field, author)
  }
}

/** Staff of the community create a draft; they are its organiser. */
export type CreateInput = Omit<ActivityFields, 'questions' | 'partners' | 'materials'> & { communityId: string } & Pick<FieldsInput, 'questions' | 'partners' | 'materials' | 'coverId'>

export async function createActivity(ctx: Ctx, input: CreateInput): Promise<ActivityRow> {
  const viewer = requireViewer(ctx)
  const community = isId(input.communityId) ? await communityById(ctx).load(input.communityId) : null
  if (!community) throw errors.notFound('社区')
  if (!canManage(ctx, { community_id: community.id })) throw errors.forbidden('只有本社区的管理员、管家和物管会可以发起活动')
  const fields = checkActivity(merged({ ...input, questions: [], partners: [], materials: [] }, input))
  await checkText(ctx, fields)
  const at = nowIso()
  const activity: ActivityRow = {
    id: newId(), community_id: community.id, ...toColumns(fields), cover_media_id: input.coverId ?? null, status: 'DRAFT', organiser_id: viewer.account.id,
    cancel_reason: null, cancelled_at: null, published_at: null, created_at: at, updated_at: at,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('activities').values({ ...activity, cover_media_id: null }).execute()
    await assignShortCode(trx, 'Activity', activity.id)
    if (input.coverId) {
      await attachMedia(trx, ctx, input.coverId, { type: 'Activity', id: activity.id })
      await trx.updateTable('activities').set({ cover_media_id: input.coverId }).where('id', '=', activity.id).execute()
    }
    await auditStaff(trx, ctx, 'created', activity, { type: 'Activity', id: activity.id }, { title: activity.title })
  })
  ctx.loaders.clear()
  return activity
}

/** Edits a draft or a published activity; capacity never below the seats already confirmed, and a larger one promotes the waitlist. */
export async function updateActivity(ctx: Ctx, id: string, input: FieldsInput): Promise<ActivityRow> {
  const found = await managedOrForbidden(ctx, id)
  if (found.status === 'CANCELLED') throw errors.conflict('活动已取消,不能再修改')
  const fields = checkActivity(merged(fieldsOf(found), input))
  await checkText(ctx, fields)
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockActivity(trx, found.id, ctx.config.database.engine)
    if (!current || current.status === 'CANCELLED') throw errors.conflict('活动已取消,不能再修改')
    const seats = await store.confirmedSeats(trx, current.id)
    if (fields.capacity < seats) throw errors.conflict(`已有 ${seats} 人报名成功,名额不能少于 ${seats}`)
    const next: ActivityRow = { ...current, ...toColumns(fields), updated_at: nowIso() }
    if (input.coverId && input.coverId !== current.cover_media_id) {
      await attachMedia(trx, ctx, input.coverId, { type: 'Activity', id: current.id })
      next.cover_media_id = input.coverId
    }
    await trx.updateTable('activities').set({ ...toColumns(fields), cover_media_id: next.cover_media_id, updated_at: next.updated_at }).where('id', '=', current.id).execute()
    if (next.status === 'PUBLISHED') await promoteWaiting(trx, ctx, next)
    await auditStaff(trx, ctx, 'updated', next, { type: 'Activity', id: next.id }, { fields: Object.keys(input) })
    return next
  })
  ctx.loaders.clear()
  return updated
}

export async function publishActivity(ctx: Ctx, id: string): Promise<ActivityRow> {
  const found = await managedOrForbidden(ctx, id)
  if (found.status !== 'DRAFT') throw errors.conflict(found.status === 'PUBLISHED' ? '活动已发布' : '活动已取消,不能发布')
  if (found.sign_up_deadline < nowIso()) throw errors.conflict('报名截止时间已过,请先修改时间再发布')
  const at = nowIso()
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('activities').set({ status: 'PUBLISHED', published_at: at, updated_at: at }).where('id', '=', found.id).where('status', '=', 'DRAFT').executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict('活动状态已变化,请刷新后再试')
    const next: ActivityRow = { ...found, status: 'PUBLISHED', published_at: at, updated_at: at }
    await auditStaff(trx, ctx, 'published', next, { type: 'Activity', id: next.id })
    return next
  })
  ctx.loaders.clear()
  return updated
}

/** Cancels the activity with a reason; every registrant still registered is told in the same transaction. */
export async function cancelActivity(ctx: Ctx, id: string, reason: string): Promise<ActivityRow> {
  const found = await managedOrForbidden(ctx, id)
  const why = reason.trim()
  if (!why) throw errors.badInput('请填写取消原因', 'reason')
  if (textLength(why) > 200) throw errors.badInput('取消原因不能超过 200 字', 'reason')
  if (found.status === 'CANCELLED') throw errors.conflict('活动已取消')
  await assertCleanText(ctx.contentChecker, why, 'reason', { openid: ctx.viewer?.account.openid ?? null })
  const at = nowIso()
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockActivity(trx, found.id, ctx.config.database.engine)
    if (!current || current.status === 'CANCELLED') throw errors.conflict('活动已取消')
    const next: ActivityRow = { ...current, status: 'CANCELLED', cancel_reason: why, cancelled_at: at, updated_at: at }
    await trx.updateTable('activities').set({ status: 'CANCELLED', cancel_reason: why, cancelled_at: at, updated_at: at }).where('id', '=', current.id).execute()
    const registrants = await store.activeRegistrants(trx, current.id)
    await tellCancelled(trx, next, registrants, why)
    await auditStaff(trx, ctx, 'cancelled', next, { type: 'Activity', id: next.id }, { reason: why, registrants: registrants.length })
    return next
  })
  ctx.loaders.clear()
  return updated
}
