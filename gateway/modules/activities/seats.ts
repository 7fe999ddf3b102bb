import { randomInt } from 'node:crypto'
import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import { errors } from '../../lib/errors'
import { newId, nowIso } from '../../lib/ids'
import { checkInCode, place, promote } from './allocation'
import type { AnswerValue } from './input'
import { auditStaff, tellRegistrants } from './record'
import * as store from './store'

// Seat decisions inside a transaction that holds the activity's lock: seats are counted from the
// registrations table there and then, so however many people tap at once, each decision sees the
// ones before it. The unique index on (activity_id, account_id, active_key) backs "one active
// registration per person" in the database itself.

/** A unique-index violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
}

export const newCode = () => checkInCode(randomInt)

/** Confirms, in arrival order, the waitlisted registrations whose party fits the free seats; tells each. */
export async function promoteWaiting(trx: DB, ctx: GatewayContext, activity: ActivityRow): Promise<RegistrationRow[]> {
  if (activity.status !== 'PUBLISHED' || nowIso() >= activity.starts_at) return []
  const free = activity.capacity - (await store.confirmedSeats(trx, activity.id))
  if (free <= 0) return []
  const waiting = await store.waiting(trx, [activity.id])
  const ids = new Set(promote(free, waiting.map((w) => ({ id: w.id, partySize: w.party_size }))))
  if (!ids.size) return []
  const at = nowIso()
  const promoted: RegistrationRow[] = []
  for (const id of ids) {
    const code = newCode()
    await trx.updateTable('activity_registrations').set({ status: 'CONFIRMED', check_in_code: code, confirmed_at: at, updated_at: at }).where('id', '=', id).where('status', '=', 'WAITLISTED').execute()
    const row = await store.lockRegistration(trx, id)
    if (row) promoted.push(row)
  }
  await tellRegistrants(trx, ctx, activity, promoted.map((registration) => ({ registration, what: 'PROMOTED', note: `请凭签到码 ${registration.check_in_code} 准时参加` })))
  return promoted
}

export interface Enrolment {
  accountId: string
  partySize: number
  answers: AnswerValue[]
  scene: number | null
  /** The staff member registering a resident who asked in person. */
  onBehalfBy: string | null
}

/**
 * Registers one person: locks the activity, re-checks it is open, refuses a second active registration,
 * counts confirmed seats and places the party (CONFIRMED, WAITLISTED, PENDING; FULL is CONFLICT 名额已满).
 */
export async function enrol(ctx: GatewayContext, activityId: string, e: Enrolment, assertOpen: (a: ActivityRow) => void): Promise<RegistrationRow> {
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const activity = await store.lockActivity(trx, activityId, ctx.config.database.engine)
      if (!activity) throw errors.notFound('活动')
      assertOpen(activity)
      if (await store.activeRegistration(trx, activity.id, e.accountId)) throw errors.conflict(e.onBehalfBy ? '这位居民已报名这个活动' : '您已报名这个活动,不能重复报名')
      const confirmedSeats = await store.confirmedSeats(trx, activity.id)
      // Staff registering in person are the approvers themselves: no PENDING step.
      const placement = place({ capacity: activity.capacity, confirmedSeats, waitlist: activity.waitlist === 1 }, e.partySize, { needsApproval: activity.needs_approval === 1, reviewing: Boolean(e.onBehalfBy) })
      if (placement === 'FULL') throw errors.conflict('名额已满')
      const at = nowIso()
      // The id is made under the lock, so id order (UUIDv7) is the order seats were decided in.
      const row: RegistrationRow = {
        id: newId(), activity_id: activity.id, account_id: e.accountId, party_size: e.partySize, status: placement, active_key: '',
        answers: JSON.stringify(e.answers), check_in_code: placement === 'CONFIRMED' ? newCode() : null, scene: e.scene, on_behalf_by: e.onBehalfBy,
        created_at: at, confirmed_at: placement === 'CONFIRMED' ? at : null, cancelled_at: null, attended_at: null, updated_at: at,
      }
      await trx.insertInto('activity_registrations').values(row).execute()
      if (e.onBehalfBy) {
        await auditStaff(trx, ctx, 'registered_on_behalf', activity, { type: 'Registration', id: row.id }, { accountId: e.accountId, partySize: e.partySize, status: placement })
        await tellRegistrants(trx, ctx, activity, [{ registration: row, what: placement, note: '由社区工作人员代为报名' }])
      }
      return row
    })
  } catch (error) {
    if (isUniqueViolation(error)) throw errors.conflict(e.onBehalfBy ? '这位居民已报名这个活动' : '您已报名这个活动,不能重复报名')
    throw error
  }
}
