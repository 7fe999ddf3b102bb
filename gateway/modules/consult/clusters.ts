import { createHash } from 'node:crypto'
import type { DB } from '../../db/database'
import type { IssueRow } from '../../db/tables'

// 居民反映集中: open issues of one compound that share a category and a place, and whose reporters'
// and "me too" supporters' households together reach the compound's threshold. Pure grouping here
// (tested alone), one read of the compound's open issues in `clustersOf`.

export interface ClusterCandidate {
  id: string
  category: string
  building_id: string
  spot: string | null
  latitude: number | null
  longitude: number | null
}

/** Metres between two points on the earth (haversine; a compound is small enough for any formula). */
export function distanceM(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLon = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)))
}

const spotKey = (spot: string | null) => spot?.replace(/\s+/g, '') || null

/** Same category and one of: the same building, the same spot (written alike), stored points within `radiusM`. */
export function samePlace(a: ClusterCandidate, b: ClusterCandidate, radiusM: number): boolean {
  if (a.category !== b.category) return false
  if (a.building_id === b.building_id) return true
  const spot = spotKey(a.spot)
  if (spot && spot === spotKey(b.spot)) return true
  if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) return false
  return distanceM({ latitude: a.latitude, longitude: a.longitude }, { latitude: b.latitude, longitude: b.longitude }) <= radiusM
}

/** Groups issues that reach each other through `samePlace` (transitively), each group in id order. */
export function groupByPlace<T extends ClusterCandidate>(issues: readonly T[], radiusM: number): T[][] {
  const parent = issues.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  for (let i = 0; i < issues.length; i++) {
    for (let j = i + 1; j < issues.length; j++) {
      if (samePlace(issues[i]!, issues[j]!, radiusM)) parent[find(j)] = find(i)
    }
  }
  const groups = new Map<number, T[]>()
  issues.forEach((issue, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), issue]))
  return [...groups.values()].map((g) => [...g].sort((a, b) => (a.id < b.id ? -1 : 1)))
}

/** A cluster's stable id: its category and oldest member, hashed so a private issue's id never shows. */
export function clusterIdOf(members: readonly Pick<ClusterCandidate, 'id' | 'category'>[]): string {
  const seed = [...members].sort((a, b) => (a.id < b.id ? -1 : 1))[0]
  return createHash('sha256').update(`${seed?.category}:${seed?.id}`).digest('hex').slice(0, 16)
}

export interface IssueCluster { id: string; compoundId: string; category: string; issues: IssueRow[]; households: number }

const OPEN = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REOPENED']
/** Proposals that no longer carry their issues: a new proposal may take them up. */
const DEAD_STAGES = ['WITHDRAWN', 'REJECTED']

/**
 * The compound's clusters at or over `threshold` households: open issues not merged into another
 * and not already behind a live proposal, grouped by place; households are the distinct verified
 * households (in the compound) of each member's reporter and supporters.
 */
export async function clustersOf(db: DB, compoundId: string, threshold: number, radiusM: number): Promise<IssueCluster[]> {
  const issues = await db
    .selectFrom('issues')
    .selectAll()
    .where('compound_id', '=', compoundId)
    .where('status', 'in', OPEN)
    .where('duplicate_of', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('proposal_issues').innerJoin('proposals', 'proposals.id', 'proposal_issues.proposal_id')
            .select('proposal_issues.issue_id').whereRef('proposal_issues.issue_id', '=', 'issues.id').where('proposals.stage', 'not in', DEAD_STAGES),
        ),
      ),
    )
    .orderBy('id')
    .limit(2000)
    .execute()
  if (!issues.length) return []
  const people = await db
    .selectFrom('issues')
    .leftJoin('issue_supports', 'issue_supports.issue_id', 'issues.id')
    .select(['issues.id as issue_id', 'issues.reporter_id', 'issue_supports.account_id as supporter_id'])
    .where('issues.id', 'in', issues.map((i) => i.id))
    .execute()
  const accountIds = [...new Set(people.flatMap((p) => [p.reporter_id, p.supporter_id]).filter((a): a is string => a !== null))]
  const homes = await db
    .selectFrom('household_members')
    .innerJoin('households', 'households.id', 'household_members.household_id')
    .innerJoin('buildings', 'buildings.id', 'households.building_id')
    .select(['household_members.account_id', 'household_members.household_id'])
    .where('buildings.compound_id', '=', compoundId)
    .where('household_members.account_id', 'in', accountIds)
    .execute()
  const householdsOfAccount = new Map<string, string[]>()
  for (const h of homes) householdsOfAccount.set(h.account_id, [...(householdsOfAccount.get(h.account_id) ?? []), h.household_id])
  const householdsOfIssue = new Map<string, Set<string>>()
  for (const p of people) {
    const set = householdsOfIssue.get(p.issue_id) ?? new Set<string>()
    for (const account of [p.reporter_id, p.supporter_id]) for (const h of account ? householdsOfAccount.get(account) ?? [] : []) set.add(h)
    householdsOfIssue.set(p.issue_id, set)
  }
  return groupByPlace(issues, radiusM)
    .map((members) => ({
      id: clusterIdOf(members),
      compoundId,
      category: members[0]!.category, // groups are never empty
      issues: members,
      households: new Set(members.flatMap((m) => [...(householdsOfIssue.get(m.id) ?? [])])).size,
    }))
    .filter((c) => c.households >= threshold)
    .sort((a, b) => b.households - a.households || (a.id < b.id ? -1 : 1))
}
