import type { GatewayContext } from '../../context'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import type { Resolvers } from '../../generated/resolvers'
import { errors } from '../../lib/errors'
import { isId, nowIso } from '../../lib/ids'
import { decodeCursor, pageSize, toConnection } from '../../lib/pagination'
import { membershipsOfAccount, seesPersonalData } from '../accounts/households'
import { accountById } from '../accounts/service'
import { communityById, placeOfBuilding, required } from '../community/service'
import { mediaById } from '../media/service'
import { seatsLeft } from './allocation'
import { activityIcsOf, registrationsCsv, shareLink } from './exports'
import { shownAnswer } from './masking'
import { answersOf, materialsOf, partnersOf, questionsOf } from './input'
import { canManage, managesCommunity } from './policies'
import { activityById, cancelActivity, createActivity, findVisibleActivity, managedOrForbidden, publishActivity, signUpOpen, tallyOf, updateActivity, viewerRegistrationOf, viewerReminderOf, waitingOf } from './service'
import * as steps from './steps'
import * as store from './store'
import './privacy' // registers the module's part of exportMyData and deleteMyAccount

type Ctx = GatewayContext

/** The community a list opens on: the filter's, else the viewer's first household's, else their first staff role's. */
async function listCommunity(ctx: Ctx, communityId: string | null | undefined): Promise<string | null> {
  if (communityId) return isId(communityId) ? communityId : null
  if (!ctx.viewer) return null
  const [first] = await membershipsOfAccount(ctx).load(ctx.viewer.account.id)
  const place = first ? await placeOfBuilding(ctx).load(first.building_id) : null
  return place?.communityId ?? ctx.viewer.roles[0]?.community_id ?? null
}

const manages = (ctx: Ctx, a: ActivityRow) => canManage(ctx, a)
/** The check-in code is the registrant's and the managers' only. */
const seesCode = (ctx: Ctx, r: RegistrationRow, a: ActivityRow | null) => ctx.viewer?.account.id === r.account_id || (a !== null && canManage(ctx, a))

export const activitiesResolvers: Resolvers = {
  Query: {
    activity: (_p, { id }, ctx) => findVisibleActivity(ctx, id),
    activities: async (_p, { filter, first, after }, ctx) => {
      const limit = pageSize(first)
      const cursor = decodeCursor(after, 2)
      const communityId = await listCommunity(ctx, filter?.communityId)
      if (!communityId) return toConnection([], limit, () => [])
      if (filter?.mine && !ctx.viewer) throw errors.unauthenticated()
      const drafts = Boolean(filter?.includeDrafts && ctx.viewer && managesCommunity(ctx.viewer.roles, communityId))
      const rows = await store.activitiesPage(ctx.db, {
        communityId,
        statuses: drafts ? ['PUBLISHED', 'CANCELLED', 'DRAFT'] : ['PUBLISHED', 'CANCELLED'],
        kinds: filter?.kind ?? null,
        endsFrom: filter?.includePast ? null : nowIso(),
        registrantId: filter?.mine ? (ctx.viewer?.account.id ?? null) : null,
      }, cursor ? [String(cursor[0]), String(cursor[1])] : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.starts_at, r.id])
    },
    myRegistrations: async (_p, { first, after }, ctx) => {
      const limit = pageSize(first)
      if (!ctx.viewer) throw errors.unauthenticated()
      const cursor = decodeCursor(after, 1)
      const rows = await store.myRegistrationsPage(ctx.db, ctx.viewer.account.id, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    registrationsCsv: (_p, { activityId }, ctx) => registrationsCsv(ctx, activityId),
    activityIcs: (_p, { id }, ctx) => activityIcsOf(ctx, id),
  },
  Mutation: {
    createActivity: (_p, { input }, ctx) => createActivity(ctx, input),
    updateActivity: (_p, { id, input }, ctx) => updateActivity(ctx, id, input),
    publishActivity: (_p, { id }, ctx) => publishActivity(ctx, id),
    cancelActivity: (_p, { id, reason }, ctx) => cancelActivity(ctx, id, reason),
    register: (_p, { activityId, partySize, answers, scene }, ctx) => steps.register(ctx, activityId, partySize, answers, scene),
    registerOnBehalf: (_p, { activityId, accountId, partySize, answers }, ctx) => steps.registerOnBehalf(ctx, activityId, accountId, partySize, answers),
    cancelRegistration: (_p, { id }, ctx) => steps.cancelRegistration(ctx, id),
    reviewRegistration: (_p, { id, approve }, ctx) => steps.reviewRegistration(ctx, id, approve),
    checkIn: (_p, { code }, ctx) => steps.checkIn(ctx, code),
    shareLink: (_p, { activityId }, ctx) => shareLink(ctx, activityId),
    requestActivityReminder: (_p, { activityId }, ctx) => steps.requestActivityReminder(ctx, activityId),
  },
  Activity: {
    kind: (a) => a.kind as never, // written from the ActivityKind enum only
    eligibility: (a) => a.eligibility as never, // written from the Eligibility enum only
    community: (a, _x, ctx) => required(communityById(ctx).load(a.community_id), 'community'),
    startsAt: (a) => a.starts_at,
    endsAt: (a) => a.ends_at,
    signUpDeadline: (a) => a.sign_up_deadline,
    signUpOpen: (a) => signUpOpen(a),
    maxPartySize: (a) => a.max_party_size,
    waitlist: (a) => a.waitlist === 1,
    needsApproval: (a) => a.needs_approval === 1,
    questions: (a) => questionsOf(a),
    partners: (a) => partnersOf(a),
    cover: (a, _x, ctx) => (a.cover_media_id ? mediaById(ctx).load(a.cover_media_id) : null),
    organiser: (a, _x, ctx) => required(accountById(ctx).load(a.organiser_id), 'organiser'),
    materials: async (a, _x, ctx) => {
      const { confirmedSeats } = await tallyOf(ctx).load(a.id)
      return materialsOf(a).map((m) => ({ ...m, total: m.perParticipant * confirmedSeats }))
    },
    confirmedSeats: async (a, _x, ctx) => (await tallyOf(ctx).load(a.id)).confirmedSeats,
    seatsLeft: async (a, _x, ctx) => seatsLeft({ capacity: a.capacity, confirmedSeats: (await tallyOf(ctx).load(a.id)).confirmedSeats }),
    waitlistCount: async (a, _x, ctx) => (await tallyOf(ctx).load(a.id)).waitlisted,
    pendingCount: async (a, _x, ctx) => (manages(ctx, a) ? (await tallyOf(ctx).load(a.id)).pending : 0),
    cancelReason: (a) => a.cancel_reason,
    cancelledAt: (a) => a.cancelled_at,
    publishedAt: (a) => a.published_at,
    createdAt: (a) => a.created_at,
    viewerRegistration: (a, _x, ctx) => viewerRegistrationOf(ctx).load(a.id),
    viewerCanManage: (a, _x, ctx) => manages(ctx, a),
    viewerHasReminder: (a, _x, ctx) => viewerReminderOf(ctx).load(a.id),
    registrations: async (a, { status, first, after }, ctx) => {
      const limit = pageSize(first, 50)
      await managedOrForbidden(ctx, a.id, '只有本社区的工作人员可以查看报名名单')
      const cursor = decodeCursor(after, 1)
      const rows = await store.registrationsPage(ctx.db, a.id, status ?? null, cursor ? String(cursor[0]) : null, limit + 1)
      return toConnection(rows, limit, (r) => [r.id])
    },
    figures: async (a, _x, ctx) => {
      if (!manages(ctx, a)) return null
      const tally = await tallyOf(ctx).load(a.id)
      const ended = nowIso() >= a.ends_at
      return {
        confirmedSeats: tally.confirmedSeats,
        attendedSeats: tally.attendedSeats,
        noShowSeats: ended && a.status !== 'CANCELLED' ? (tally.seats.CONFIRMED ?? 0) : 0,
        registrationCount: Object.values(tally.registrations).reduce((n, x) => n + x, 0),
        waitlistedCount: tally.waitlisted,
        pendingCount: tally.pending,
        cancelledCount: tally.registrations.CANCELLED ?? 0,
        declinedCount: tally.registrations.DECLINED ?? 0,
        byScene: await store.byScene(ctx.db, a.id),
      }
    },
  },
  Registration: {
    status: (r) => r.status,
    partySize: (r) => r.party_size,
    activity: (r, _x, ctx) => required(activityById(ctx).load(r.activity_id), 'activity'),
    person: (r, _x, ctx) => required(accountById(ctx).load(r.account_id), 'person'),
    // Masked by the question's type (PIPL): whole to the registrant and to staff in scope of their household only.
    answers: async (r, _x, ctx) => {
      const whole = await seesPersonalData(ctx, r.account_id)
      return answersOf(r.answers).map((a) => ({ ...a, value: shownAnswer(a, whole) }))
    },
    waitlistPosition: async (r, _x, ctx) => {
      if (r.status !== 'WAITLISTED') return null
      const index = (await waitingOf(ctx).load(r.activity_id)).indexOf(r.id)
      return index >= 0 ? index + 1 : null
    },
    checkInCode: async (r, _x, ctx) => {
      if (r.status !== 'CONFIRMED' && r.status !== 'ATTENDED') return null
      return seesCode(ctx, r, await activityById(ctx).load(r.activity_id)) ? r.check_in_code : null
    },
    onBehalf: (r) => r.on_behalf_by !== null,
    createdAt: (r) => r.created_at,
    confirmedAt: (r) => r.confirmed_at,
    cancelledAt: (r) => r.cancelled_at,
    attendedAt: (r) => r.attended_at,
  },
}
