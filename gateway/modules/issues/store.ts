import { sql } from 'kysely'
import type { DB } from '../../db/database'
import type { IssueEventRow, IssueRow } from '../../db/tables'

export interface IssueListFilter {
  communityId?: string | null
  compoundId?: string | null
  status?: readonly string[] | null
  category?: readonly string[] | null
  overdueAt?: string | null
}

const OPEN = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']

function filtered(db: DB, f: IssueListFilter) {
  let q = db.selectFrom('issues').selectAll()
  if (f.communityId) q = q.where('community_id', '=', f.communityId)
  if (f.compoundId) q = q.where('compound_id', '=', f.compoundId)
  if (f.status?.length) q = q.where('status', 'in', f.status)
  if (f.category?.length) q = q.where('category', 'in', f.category)
  if (f.overdueAt) q = q.where('status', 'in', OPEN).where('due_at', '<', f.overdueAt)
  return q
}

const orNone = (ids: readonly string[]) => (ids.length ? ids : [''])

/** What a resident may list: their own, the ones they follow, and the public issues of their compounds. */
export async function visibleIssuesPage(db: DB, viewer: { accountId: string | null; compoundIds: string[] }, mine: boolean, f: IssueListFilter, beforeId: string | null, limit: number): Promise<IssueRow[]> {
  let q = filtered(db, f)
  const me = viewer.accountId ?? ''
  q = mine
    ? q.where('reporter_id', '=', me)
    : q.where((eb) =>
        eb.or([
          eb('reporter_id', '=', me),
          eb('id', 'in', eb.selectFrom('issue_followers').select('issue_id').where('account_id', '=', me)),
          eb.and([eb('is_public', '=', 1), eb('compound_id', 'in', orNone(viewer.compoundIds))]),
        ]),
      )
  if (beforeId) q = q.where('id', '<', beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
}

/** The staff queue: issues in the handler's grids, compounds or communities, or assigned to them. */
export async function workbenchPage(db: DB, scope: { accountId: string; gridIds: string[]; compoundIds: string[]; communityIds: string[] }, f: IssueListFilter, beforeId: string | null, limit: number): Promise<IssueRow[]> {
  let q = filtered(db, f).where((eb) =>
    eb.or([
      eb('assignee_id', '=', scope.accountId),
      eb('grid_id', 'in', orNone(scope.gridIds)),
      eb('compound_id', 'in', orNone(scope.compoundIds)),
      eb('community_id', 'in', orNone(scope.communityIds)),
    ]),
  )
  if (beforeId) q = q.where('id', '<', beforeId)
  return q.orderBy('id', 'desc').limit(limit).execute()
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
    .select(['category', 'submitted_at', 'resolved_at', 'due_at', 'rating'])
    .where('community_id', '=', communityId)
    .where('resolved_at', 'is not', null)
    .orderBy('resolved_at', 'desc')
    .execute()
}

export async function openCount(db: DB, communityId: string): Promise<number> {
  const row = await db.selectFrom('issues').select((eb) => eb.fn.countAll<number>().as('n')).where('community_id', '=', communityId).where('status', 'in', OPEN).executeTakeFirstOrThrow()
  return Number(row.n)
}
