import { sql } from 'kysely'
import type { DB } from '../../db/database'
import type { IssueEventRow, IssueRow } from '../../db/tables'
import type { Onlooker } from './policies'

export interface IssueListFilter {
  communityId?: string | null
  compoundId?: string | null
  status?: readonly string[] | null
  category?: readonly string[] | null
  overdueAt?: string | null
}

const OPEN = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']

function filtered(db: DB, f: IssueListFilter) {
  let q = db.selectFrom('issues')
  if (f.communityId) q = q.where('community_id', '=', f.communityId)
  if (f.compoundId) q = q.where('compound_id', '=', f.compoundId)
  if (f.status?.length) q = q.where('status', 'in', f.status)
  if (f.category?.length) q = q.where('category', 'in', f.category)
  if (f.overdueAt) q = q.where('status', 'in', OPEN).where('due_at', '<', f.overdueAt)
  return q
}

type Filtered = ReturnType<typeof filtered>

/**
 * The newest `limit` filtered issues reached by any of `ways` (each one way of seeing an issue), before
 * `beforeId`. Each way is its own newest-first walk down an index, cut at `limit`; the page is the newest
 * of their union. One OR across the ways made SQLite gather every match of every way and sort them (all
 * the public issues of a compound), and made PostgreSQL walk the whole table when matches are sparse.
 */
function newestOf(db: DB, f: IssueListFilter, ways: ((q: Filtered) => Filtered)[], beforeId: string | null, limit: number): Promise<IssueRow[]> {
  const walks = ways.map((way) => {
    let q = way(filtered(db, f))
    if (beforeId) q = q.where('id', '<', beforeId)
    return db.selectFrom(q.select('id').orderBy('id', 'desc').limit(limit).as('w')).select('w.id')
  })
  if (!walks.length) return Promise.resolve([])
  const ids = walks.slice(1).reduce((union, walk) => union.union(walk), walks[0]!)
  return db.selectFrom('issues').selectAll().where('id', 'in', ids).orderBy('id', 'desc').limit(limit).execute()
}

/** What a resident may list: their own and the public issues of their compounds (following adds nothing they could not see). */
export async function visibleIssuesPage(db: DB, viewer: { accountId: string | null; compoundIds: string[] }, mine: boolean, f: IssueListFilter, beforeId: string | null, limit: number): Promise<IssueRow[]> {
  const me = viewer.accountId ?? ''
  const own = (q: Filtered) => q.where('reporter_id', '=', me)
  if (mine) return newestOf(db, f, [own], beforeId, limit)
  return newestOf(db, f, [
    own,
    ...[...new Set(viewer.compoundIds)].map((compoundId) => (q: Filtered) => q.where('compound_id', '=', compoundId).where('is_public', '=', 1)),
  ], beforeId, limit)
}

/** The staff queue: issues in the handler's grids, compounds or communities (current roles only, not past assignments). */
export async function workbenchPage(db: DB, scope: { gridIds: string[]; compoundIds: string[]; communityIds: string[] }, f: IssueListFilter, beforeId: string | null, limit: number): Promise<IssueRow[]> {
  const each = (column: 'grid_id' | 'compound_id' | 'community_id', ids: string[]) => [...new Set(ids)].map((id) => (q: Filtered) => q.where(column, '=', id))
  return newestOf(db, f, [
    ...each('grid_id', scope.gridIds),
    ...each('compound_id', scope.compoundIds),
    ...each('community_id', scope.communityIds),
  ], beforeId, limit)
}

/** Open issues assigned to the person in one grid, compound or community. */
export async function openAssignedIn(db: DB, accountId: string, column: 'grid_id' | 'compound_id' | 'community_id', scopeId: string): Promise<IssueRow[]> {
  return db.selectFrom('issues').selectAll().where('assignee_id', '=', accountId).where(column, '=', scopeId).where('status', 'in', OPEN).orderBy('id').execute()
}

export async function issuesByIds(db: DB, ids: readonly string[]): Promise<IssueRow[]> {
  return db.selectFrom('issues').selectAll().where('id', 'in', ids).execute()
}

/** Locks the row for the step (PostgreSQL); SQLite serialises transactions already. */
export async function lockIssue(db: DB, id: string, engine: 'sqlite' | 'postgres'): Promise<IssueRow | undefined> {
  const q = db.selectFrom('issues').selectAll().where('id', '=', id)
  return (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst()
}

export async function eventsOf(db: DB, issueIds: readonly string[]): Promise<IssueEventRow[]> {
  return db.selectFrom('issue_events').selectAll().where('issue_id', 'in', issueIds).orderBy('id').execute()
}

export async function markCounts(db: DB, table: 'issue_supports' | 'issue_followers', issueIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom(table).select(['issue_id', (eb) => eb.fn.countAll<number>().as('n')]).where('issue_id', 'in', issueIds).groupBy('issue_id').execute()
  return new Map(rows.map((r) => [r.issue_id, Number(r.n)]))
}

export async function viewerMarks(db: DB, table: 'issue_supports' | 'issue_followers', accountId: string, issueIds: readonly string[]): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select('issue_id').where('account_id', '=', accountId).where('issue_id', 'in', issueIds).execute()
  return new Set(rows.map((r) => r.issue_id))
}

export async function addMark(db: DB, table: 'issue_supports' | 'issue_followers', issueId: string, accountIds: readonly string[], at: string): Promise<void> {
  if (!accountIds.length) return
  await db
    .insertInto(table)
    .values(accountIds.map((account_id) => ({ issue_id: issueId, account_id, at })))
    .onConflict((oc) => oc.columns(['issue_id', 'account_id']).doNothing())
    .execute()
}

export async function followersOf(db: DB, issueId: string): Promise<string[]> {
  return (await db.selectFrom('issue_followers').select('account_id').where('issue_id', '=', issueId).execute()).map((r) => r.account_id)
}

/** Open public issues of a category in a building's compound since `since`, the building's own first. */
export async function similarOpen(db: DB, category: string, compoundId: string, buildingId: string, since: string, limit: number): Promise<IssueRow[]> {
  return db
    .selectFrom('issues')
    .selectAll()
    .where('compound_id', '=', compoundId)
    .where('category', '=', category)
    .where('is_public', '=', 1)
    .where('status', 'in', OPEN)
    .where('submitted_at', '>=', since)
    .orderBy(sql`case when building_id = ${buildingId} then 0 else 1 end`)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}

/** Resolved issues of a community, newest resolution first, for the figures. */
export async function resolvedOf(db: DB, communityId: string) {
  return db
    .selectFrom('issues')
    .select(['category', 'submitted_at', 'resolved_at', 'due_at', 'rating', 'escalated_at'])
    .where('community_id', '=', communityId)
    .where('resolved_at', 'is not', null)
    .orderBy('resolved_at', 'desc')
    .execute()
}

export async function openCount(db: DB, communityId: string, escalatedOnly = false): Promise<number> {
  let q = db.selectFrom('issues').select((eb) => eb.fn.countAll<number>().as('n')).where('community_id', '=', communityId).where('status', 'in', OPEN)
  if (escalatedOnly) q = q.where('escalation_level', '>', 0)
  const row = await q.executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Open issues escalated to the street office in the street's communities, newest escalation's issue first (keyset on id). */
export async function streetEscalationsPage(db: DB, streetId: string, beforeId: string | null, limit: number): Promise<IssueRow[]> {
  let q = db.selectFrom('issues').innerJoin('communities', 'communities.id', 'issues.community_id').selectAll('issues')
    .where('communities.street_id', '=', streetId).where('issues.escalation_level', '>=', 2).where('issues.status', 'in', OPEN)
  if (beforeId) q = q.where('issues.id', '<', beforeId)
  return q.orderBy('issues.id', 'desc').limit(limit).execute()
}

/** The people among `accountIds` with their current roles and the compounds of their verified households, in two statements. */
export async function onlookers(db: DB, accountIds: readonly string[]): Promise<Onlooker[]> {
  const ids = [...new Set(accountIds)]
  if (!ids.length) return []
  const [roles, homes] = await Promise.all([
    db.selectFrom('role_assignments').select(['account_id', 'role', 'scope_id']).where('account_id', 'in', ids).execute(),
    db
      .selectFrom('household_members')
      .innerJoin('households', 'households.id', 'household_members.household_id')
      .innerJoin('buildings', 'buildings.id', 'households.building_id')
      .select(['household_members.account_id', 'buildings.compound_id'])
      .where('household_members.account_id', 'in', ids)
      .execute(),
  ])
  return ids.map((accountId) => ({
    accountId,
    roles: roles.filter((r) => r.account_id === accountId),
    compoundIds: homes.filter((h) => h.account_id === accountId).map((h) => h.compound_id),
  }))
}

/** The reporter's verified homes in the issue's compound, the issue's own building first. */
export async function reporterHomes(db: DB, issue: Pick<IssueRow, 'reporter_id' | 'building_id' | 'compound_id'>): Promise<Array<{ building_id: string; building_name: string; unit: string; room: string }>> {
  const rows = await db
    .selectFrom('household_members as m')
    .innerJoin('households as h', 'h.id', 'm.household_id')
    .innerJoin('buildings as b', 'b.id', 'h.building_id')
    .select(['h.building_id', 'b.name as building_name', 'h.unit', 'h.room'])
    .where('m.account_id', '=', issue.reporter_id)
    .where('b.compound_id', '=', issue.compound_id)
    .orderBy('h.id')
    .execute()
  return [...rows.filter((r) => r.building_id === issue.building_id), ...rows.filter((r) => r.building_id !== issue.building_id)]
}
