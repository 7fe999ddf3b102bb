import { sql, type Insertable, type Selectable } from 'kysely'
import type { DB, Engine } from '../../db/database'
import type { ActivityRow, RegistrationRow } from '../../db/tables'
import { ACTIVE, SEATED } from './allocation'
import type { ActivityShareLinkTable } from './tables'

export async function activitiesByIds(db: DB, ids: readonly string[]): Promise<ActivityRow[]> {
  return db.selectFrom('activities').selectAll().where('id', 'in', ids).execute()
}

/** Locks the activity for a seat decision (PostgreSQL); SQLite serialises transactions already. */
export async function lockActivity(db: DB, id: string, engine: Engine): Promise<ActivityRow | undefined> {
  const q = db.selectFrom('activities').selectAll().where('id', '=', id)
  return (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst()
}

/** Seats held (CONFIRMED + ATTENDED party sizes), counted from the registrations themselves. */
export async function confirmedSeats(db: DB, activityId: string): Promise<number> {
  const row = await db
    .selectFrom('activity_registrations')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('party_size'), eb.lit(0)).as('seats'))
    .where('activity_id', '=', activityId)
    .where('status', 'in', SEATED)
    .executeTakeFirstOrThrow()
  return Number(row.seats)
}

export interface StatusTally { activity_id: string; status: string; registrations: number; seats: number }

/** Per activity and status: how many registrations and how many people. */
export async function tallies(db: DB, activityIds: readonly string[]): Promise<StatusTally[]> {
  const rows = await db
    .selectFrom('activity_registrations')
    .select(['activity_id', 'status', (eb) => eb.fn.countAll<number>().as('registrations'), (eb) => eb.fn.sum<number>('party_size').as('seats')])
    .where('activity_id', 'in', activityIds)
    .groupBy(['activity_id', 'status'])
    .execute()
  return rows.map((r) => ({ activity_id: r.activity_id, status: r.status, registrations: Number(r.registrations), seats: Number(r.seats) }))
}

/** WAITLISTED registrations of the activities, in arrival order. */
export async function waiting(db: DB, activityIds: readonly string[]): Promise<Pick<RegistrationRow, 'id' | 'activity_id' | 'party_size'>[]> {
  return db.selectFrom('activity_registrations').select(['id', 'activity_id', 'party_size']).where('activity_id', 'in', activityIds).where('status', '=', 'WAITLISTED').orderBy('id').execute()
}

export async function activeRegistration(db: DB, activityId: string, accountId: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('activity_registrations').selectAll().where('activity_id', '=', activityId).where('account_id', '=', accountId).where('active_key', '=', '').executeTakeFirst()
}

export async function registrationsByIds(db: DB, ids: readonly string[]): Promise<RegistrationRow[]> {
  return db.selectFrom('activity_registrations').selectAll().where('id', 'in', ids).execute()
}

export async function registrationByCode(db: DB, code: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('activity_registrations').selectAll().where('check_in_code', '=', code).executeTakeFirst()
}

export async function lockRegistration(db: DB, id: string): Promise<RegistrationRow | undefined> {
  return db.selectFrom('activity_registrations').selectAll().where('id', '=', id).executeTakeFirst()
}

/** One person's registrations for some activities, newest first (the active one first). */
export async function registrationsOfAccount(db: DB, accountId: string, activityIds: readonly string[]): Promise<RegistrationRow[]> {
  return db
    .selectFrom('activity_registrations')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('activity_id', 'in', activityIds)
    .orderBy(sql`case when active_key = '' then 0 else 1 end`)
    .orderBy('id', 'desc')
    .execute()
}

/** An activity's registrations in arrival order, after `afterId`. */
export async function registrationsPage(db: DB, activityId: string, statuses: readonly string[] | null, afterId: string | null, limit: number): Promise<RegistrationRow[]> {
  let q = db.selectFrom('activity_registrations').selectAll().where('activity_id', '=', activityId)
  if (statuses?.length) q = q.where('status', 'in', statuses as readonly RegistrationRow['status'][]) // from the RegistrationStatus enum
  if (afterId) q = q.where('id', '>', afterId)
  return q.orderBy('id').limit(limit).execute()
}

export async function myRegistrationsPage(db: DB, accountId: string, beforeId: string | null, limit: number): Promise<RegistrationRow[]> {
  let q = db.selectFrom('activity_registrations').selectAll().where('account_id', '=', accountId)
  if (beforeId) q = q.where('id', '<', beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}

export async function activeRegistrants(db: DB, activityId: string): Promise<RegistrationRow[]> {
  return db.selectFrom('activity_registrations').selectAll().where('activity_id', '=', activityId).where('status', 'in', ACTIVE).orderBy('id').execute()
}

export interface ActivityListFilter {
  communityId: string
  statuses: readonly ActivityRow['status'][]
  kinds: readonly string[] | null
  /** Only activities ending at or after this time (upcoming and running). */
  endsFrom: string | null
  /** Only activities this person registered for. */
  registrantId: string | null
}

/** A community's activities by start time, keyset after (starts_at, id). */
export async function activitiesPage(db: DB, f: ActivityListFilter, after: [string, string] | null, limit: number): Promise<ActivityRow[]> {
  let q = db.selectFrom('activities').selectAll().where('community_id', '=', f.communityId).where('status', 'in', f.statuses)
  if (f.kinds?.length) q = q.where('kind', 'in', f.kinds)
  if (f.endsFrom) q = q.where('ends_at', '>=', f.endsFrom)
  if (f.registrantId) q = q.where('id', 'in', db.selectFrom('activity_registrations').select('activity_id').where('account_id', '=', f.registrantId))
  if (after) {
    const [startsAt, id] = after
    q = q.where((eb) => eb.or([eb('starts_at', '>', startsAt), eb.and([eb('starts_at', '=', startsAt), eb('id', '>', id)])]))
  }
  return q.orderBy('starts_at').orderBy('id').limit(limit).execute()
}

/** Where a person stands in a community: a verified household there, a pending claim there. */
export async function standingIn(db: DB, accountId: string, communityId: string): Promise<{ verified: boolean; claimPending: boolean }> {
  const verified = await db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .select('household_members.id')
    .where('household_members.account_id', '=', accountId)
    .where('compounds.community_id', '=', communityId)
    .executeTakeFirst()
  if (verified) return { verified: true, claimPending: false }
  const claim = await db
    .selectFrom('household_claims')
    .innerJoin('buildings', 'buildings.id', 'household_claims.building_id')
    .innerJoin('compounds', 'compounds.id', 'buildings.compound_id')
    .select('household_claims.id')
    .where('household_claims.account_id', '=', accountId)
    .where('household_claims.status', '=', 'PENDING')
    .where('compounds.community_id', '=', communityId)
    .executeTakeFirst()
  return { verified: false, claimPending: Boolean(claim) }
}

/** Registrations by WeChat scene value, for the organiser's figures. */
export async function byScene(db: DB, activityId: string): Promise<{ scene: number | null; registrations: number }[]> {
  const rows = await db
    .selectFrom('activity_registrations')
    .select(['scene', (eb) => eb.fn.countAll<number>().as('n')])
    .where('activity_id', '=', activityId)
    .groupBy('scene')
    .execute()
  // Scene ascending, unknown last (the engines order NULL differently).
  return rows.map((r) => ({ scene: r.scene === null ? null : Number(r.scene), registrations: Number(r.n) })).sort((a, b) => (a.scene ?? Infinity) - (b.scene ?? Infinity))
}

export async function viewerReminders(db: DB, accountId: string, activityIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.selectFrom('activity_reminders').select('activity_id').where('account_id', '=', accountId).where('activity_id', 'in', activityIds).execute()
  return new Set(rows.map((r) => r.activity_id))
}

/** True when the person had no reminder for the activity yet. */
export async function addReminder(db: DB, activityId: string, accountId: string, at: string): Promise<void> {
  await db.insertInto('activity_reminders').values({ activity_id: activityId, account_id: accountId, requested_at: at, sent_at: null }).onConflict((oc) => oc.columns(['activity_id', 'account_id']).doNothing()).execute()
}

/** The activity's newest share-link record (one per activity since they are reused; older ones may have several). */
export async function latestShareLink(db: DB, activityId: string): Promise<Pick<Selectable<ActivityShareLinkTable>, 'status' | 'url' | 'created_at'> | undefined> {
  return db.selectFrom('activity_share_links').select(['status', 'url', 'created_at']).where('activity_id', '=', activityId).orderBy('created_at', 'desc').limit(1).executeTakeFirst()
}

/** Writes the activity's one share-link record (keyed by the activity), replacing the previous attempt. */
export async function saveShareLink(db: DB, row: Insertable<ActivityShareLinkTable>): Promise<void> {
  const { id: _id, activity_id: _activity, ...latest } = row
  await db.insertInto('activity_share_links').values(row).onConflict((oc) => oc.column('id').doUpdateSet(latest)).execute()
}
