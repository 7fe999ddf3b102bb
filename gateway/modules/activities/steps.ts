import type { GatewayContext } from '../../context'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { formatMoment } from '../../../src/lib/beijing-time'
import { accountById, requireViewer } from '../accounts/service'
import { assertCleanText } from '../content-check/service'
import { normaliseCode, place } from './allocation'
import { checkAnswers, checkPartySize, questionsOf, type AnswerValue } from './input'
import { ELIGIBILITY_REFUSAL, canManage, eligible } from './policies'
import { auditStaff, tellRegistrants } from './record'
import { enrol, newCode, promoteWaiting } from './seats'
import { activityById, managedOrForbidden, visibleOrNotFound, visibleRegistration } from './service'
import * as store from './store'

type Ctx = GatewayContext

// One function per step a person takes on a registration: guards first (NOT_FOUND, BAD_USER_INPUT,
// FORBIDDEN, then CONFLICT), then one transaction holding the activity's lock, then the record.

function assertSignUpOpen(byStaff: boolean) {
  return (a: ActivityRow) => {
    if (a.status === 'CANCELLED') throw errors.conflict('活动已取消')
    if (a.status !== 'PUBLISHED') throw errors.conflict('活动尚未发布')
    const now = nowIso()
    // Staff may still add a resident who asks in person after the deadline, until the activity starts.
    if (byStaff ? now >= a.starts_at : now > a.sign_up_deadline) throw errors.conflict('报名已截止')
  }
}

async function checkedAnswers(ctx: Ctx, activity: ActivityRow, answers: readonly AnswerValue[] | null | undefined): Promise<AnswerValue[]> {
  const cleaned = checkAnswers(questionsOf(activity), answers)
  for (const a of cleaned) await assertCleanText(ctx.contentChecker, a.value, 'answers', { openid: ctx.viewer?.account.openid ?? null })
  return cleaned
}

async function assertEligible(ctx: Ctx, activity: ActivityRow, accountId: string, self: boolean): Promise<void> {
  if (activity.eligibility === 'ANYONE') return
  const standing = await store.standingIn(ctx.db, accountId, activity.community_id)
  if (!eligible(activity.eligibility, standing)) throw errors.forbidden(self ? ELIGIBILITY_REFUSAL[activity.eligibility] : '这位居民不符合本活动的报名条件')
}

function checkScene(scene: number | null | undefined): number | null {
  if (scene == null) return null
  if (!Number.isInteger(scene) || scene < 1000 || scene > 9999) throw errors.badInput('场景值无效', 'scene')
  return scene
}

/** A resident signs up: party size, the organiser's questions, eligibility, then a seat decided under the lock. */
export async function register(ctx: Ctx, activityId: string, partySize: number, answers: readonly AnswerValue[] | null | undefined, scene: number | null | undefined): Promise<RegistrationRow> {
  const viewer = requireViewer(ctx)
  const activity = await visibleOrNotFound(ctx, activityId)
  const party = checkPartySize(partySize, activity.max_party_size)
  const sceneValue = checkScene(scene)
  const cleaned = await checkedAnswers(ctx, activity, answers)
  await assertEligible(ctx, activity, viewer.account.id, true)
  assertSignUpOpen(false)(activity)
  const row = await enrol(ctx, activity.id, { accountId: viewer.account.id, partySize: party, answers: cleaned, scene: sceneValue, onBehalfBy: null }, assertSignUpOpen(false))
  ctx.loaders.clear()
  return row
}

/** Staff register a resident who asks in person; no approval step, audited, the resident told. */
export async function registerOnBehalf(ctx: Ctx, activityId: string, accountId: string, partySize: number, answers: readonly AnswerValue[] | null | undefined): Promise<RegistrationRow> {
  const viewer = requireViewer(ctx)
  const activity = await managedOrForbidden(ctx, activityId, '只有本社区的工作人员可以代居民报名')
  const person = isId(accountId) ? await accountById(ctx).load(accountId) : null
  if (!person || person.deleted_at) throw errors.notFound('居民')
  const party = checkPartySize(partySize, activity.max_party_size)
  const cleaned = await checkedAnswers(ctx, activity, answers)
  await assertEligible(ctx, activity, person.id, false)
  assertSignUpOpen(true)(activity)
  const row = await enrol(ctx, activity.id, { accountId: person.id, partySize: party, answers: cleaned, scene: null, onBehalfBy: viewer.account.id }, assertSignUpOpen(true))
  ctx.loaders.clear()
  return row
}

const CANCELLABLE = ['PENDING', 'CONFIRMED', 'WAITLISTED']

/** The registrant before the deadline, or staff until the activity starts; freed seats go to the waitlist in order. */
export async function cancelRegistration(ctx: Ctx, id: string): Promise<RegistrationRow> {
  const { registration, activity, manages } = await visibleRegistration(ctx, id)
  const own = registration.account_id === ctx.viewer?.account.id
  if (!CANCELLABLE.includes(registration.status)) throw errors.conflict('这份报名已结束,不能取消')
  if (activity.status === 'CANCELLED') throw errors.conflict('活动已取消')
  const now = nowIso()
  const byStaff = manages && !own
  if (byStaff ? now >= activity.starts_at : now > activity.sign_up_deadline) throw errors.conflict(byStaff ? '活动已开始,不能取消报名' : '报名已截止,不能自行取消,请联系社区工作人员')
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockActivity(trx, activity.id, ctx.config.database.engine)
    const row = await store.lockRegistration(trx, registration.id)
    if (!current || !row || !CANCELLABLE.includes(row.status)) throw errors.conflict('这份报名已结束,不能取消')
    const next: RegistrationRow = { ...row, status: 'CANCELLED', active_key: row.id, cancelled_at: now, updated_at: now }
    // Guarded by the status read: a check-in at the door (which takes no activity lock) wins over a late cancel.
    const result = await trx.updateTable('activity_registrations').set({ status: 'CANCELLED', active_key: row.id, cancelled_at: now, updated_at: now }).where('id', '=', row.id).where('status', '=', row.status).executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict('这份报名已结束,不能取消')
    if (byStaff) {
      await auditStaff(trx, ctx, 'registration_cancelled', current, { type: 'Registration', id: row.id }, { accountId: row.account_id, was: row.status })
      await tellRegistrants(trx, ctx, current, [{ registration: next, what: 'CANCELLED', note: '社区工作人员已为您取消报名' }])
    }
    if (row.status === 'CONFIRMED') await promoteWaiting(trx, ctx, current)
    return next
  })
  ctx.loaders.clear()
  return updated
}

/** Staff approve (CONFIRMED or WAITLISTED by the seat rule) or decline a PENDING registration. */
export async function reviewRegistration(ctx: Ctx, id: string, approve: boolean): Promise<RegistrationRow> {
  const { registration, activity, manages } = await visibleRegistration(ctx, id)
  if (!manages) throw errors.forbidden('只有本社区的工作人员可以审核报名')
  if (registration.status !== 'PENDING') throw errors.conflict('这份报名已审核过')
  if (activity.status === 'CANCELLED') throw errors.conflict('活动已取消')
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const current = await store.lockActivity(trx, activity.id, ctx.config.database.engine)
    const row = await store.lockRegistration(trx, registration.id)
    if (!current || !row || row.status !== 'PENDING') throw errors.conflict('这份报名已审核过')
    const at = nowIso()
    let next: RegistrationRow
    if (approve) {
      const confirmedSeats = await store.confirmedSeats(trx, current.id)
      const placement = place({ capacity: current.capacity, confirmedSeats, waitlist: current.waitlist === 1 }, row.party_size, { needsApproval: true, reviewing: true })
      if (placement === 'FULL' || placement === 'PENDING') throw errors.conflict('名额已满,无法通过')
      const confirmed = placement === 'CONFIRMED'
      next = { ...row, status: placement, check_in_code: confirmed ? newCode() : null, confirmed_at: confirmed ? at : null, updated_at: at }
    } else {
      next = { ...row, status: 'DECLINED', active_key: row.id, updated_at: at }
    }
    const result = await trx.updateTable('activity_registrations').set({ status: next.status, active_key: next.active_key, check_in_code: next.check_in_code, confirmed_at: next.confirmed_at, updated_at: at }).where('id', '=', row.id).where('status', '=', 'PENDING').executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict('这份报名已审核过')
    await auditStaff(trx, ctx, approve ? 'registration_approved' : 'registration_declined', current, { type: 'Registration', id: row.id }, { accountId: row.account_id, status: next.status })
    await tellRegistrants(trx, ctx, current, [{ registration: next, what: next.status }])
    return next
  })
  ctx.loaders.clear()
  return updated
}

/** Why a registration that is not CONFIRMED cannot check in, in the words staff say at the door. */
export function checkInRefusal(registration: Pick<RegistrationRow, 'status' | 'attended_at'>): string {
  switch (registration.status) {
    case 'ATTENDED':
      return registration.attended_at ? `已经签到过了（${formatMoment(registration.attended_at)} 签到）` : '已经签到过了'
    case 'WAITLISTED':
      return '这位还在候补，没有报上名，不能签到'
    case 'PENDING':
      return '这份报名还在等主办方审核，审核通过后才能签到'
    case 'DECLINED':
      return '这份报名没有通过审核，不能签到'
    case 'CANCELLED':
      return '这份报名已经取消了，不能签到'
    default:
      return '这份报名不能签到'
  }
}

/** Staff in scope turn a CONFIRMED registration into ATTENDED with its code, once. */
export async function checkIn(ctx: Ctx, rawCode: string): Promise<RegistrationRow> {
  requireViewer(ctx)
  const code = normaliseCode(rawCode)
  const registration = code ? await store.registrationByCode(ctx.db, code) : undefined
  const activity = registration ? await activityById(ctx).load(registration.activity_id) : null
  if (!registration || !activity) throw errors.notFound('签到码')
  if (!canManage(ctx, activity)) throw errors.forbidden('这个签到码不属于您负责的社区的活动')
  if (registration.status !== 'CONFIRMED') throw errors.conflict(checkInRefusal(registration))
  if (activity.status === 'CANCELLED') throw errors.conflict('活动已取消，不能签到')
  const at = nowIso()
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('activity_registrations').set({ status: 'ATTENDED', attended_at: at, updated_at: at }).where('id', '=', registration.id).where('status', '=', 'CONFIRMED').executeTakeFirst()
    if (Number(result.numUpdatedRows) !== 1) throw errors.conflict('已经签到过了')
    await auditStaff(trx, ctx, 'checked_in', activity, { type: 'Registration', id: registration.id }, { accountId: registration.account_id, partySize: registration.party_size })
    return { ...registration, status: 'ATTENDED' as const, attended_at: at, updated_at: at }
  })
  ctx.loaders.clear()
  return updated
}

/** Remembers that the viewer wants a reminder the day before; idempotent. */
export async function requestActivityReminder(ctx: Ctx, activityId: string): Promise<boolean> {
  const viewer = requireViewer(ctx)
  const activity = await visibleOrNotFound(ctx, activityId)
  if (activity.status !== 'PUBLISHED') throw errors.conflict(activity.status === 'CANCELLED' ? '活动已取消' : '活动尚未发布')
  if (nowIso() >= activity.starts_at) throw errors.conflict('活动已开始')
  await store.addReminder(ctx.db, activity.id, viewer.account.id, nowIso())
  ctx.loaders.clear()
  return true
}
