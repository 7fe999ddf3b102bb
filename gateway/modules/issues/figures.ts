import type { CommunityRow } from '../../db/tables'
import type { IssueCategory } from './lifecycle'

// The public figures residents see, from resolved issues: plain arithmetic, tested alone.

export interface ResolvedIssue { category: string; submitted_at: string; resolved_at: string | null; due_at: string; rating: number | null; escalated_at?: string | null }

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10)

function hoursToResolve(i: ResolvedIssue): number {
  return (Date.parse(i.resolved_at ?? i.submitted_at) - Date.parse(i.submitted_at)) / 3_600_000
}

export interface IssueFigures {
  resolvedCount: number
  medianHoursToResolve: number | null
  onTimeShare: number | null
  averageRating: number | null
  ratedCount: number
  /** Resolved issues that had escalated past their handler, and their median hours from submission to resolution. */
  escalatedCount: number
  escalatedMedianHoursToResolve: number | null
  byCategory: { category: IssueCategory; resolvedCount: number; medianHoursToResolve: number | null }[]
}

/** Figures over the given resolved issues (the caller picks all of them, or the last hundred). */
export function issueFigures(resolved: readonly ResolvedIssue[]): IssueFigures {
  const rated = resolved.filter((i) => i.rating !== null)
  const onTime = resolved.filter((i) => (i.resolved_at ?? '') <= i.due_at).length
  const categories = [...new Set(resolved.map((i) => i.category))].sort() as IssueCategory[]
  const escalated = resolved.filter((i) => i.escalated_at)
  return {
    resolvedCount: resolved.length,
    medianHoursToResolve: round1(median(resolved.map(hoursToResolve))),
    onTimeShare: resolved.length ? Math.round((onTime / resolved.length) * 1000) / 1000 : null,
    averageRating: rated.length ? Math.round((rated.reduce((s, i) => s + (i.rating ?? 0), 0) / rated.length) * 100) / 100 : null,
    ratedCount: rated.length,
    escalatedCount: escalated.length,
    escalatedMedianHoursToResolve: round1(median(escalated.map(hoursToResolve))),
    byCategory: categories.map((category) => {
      const mine = resolved.filter((i) => i.category === category)
      return { category, resolvedCount: mine.length, medianHoursToResolve: round1(median(mine.map(hoursToResolve))) }
    }),
  }
}

export interface CommunityStatsModel { community: CommunityRow; openCount: number; escalatedOpenCount: number; allTime: IssueFigures; lastHundred: IssueFigures }
