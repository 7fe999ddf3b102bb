import { describe, expect, it } from 'vitest'
import { issueFigures, median } from '../../gateway/modules/issues/figures'
import { DUE_HOURS, dueAt, isOverdue, nextStatus, routedRole, type IssueStatus, type IssueStep } from '../../gateway/modules/issues/lifecycle'

const STATUSES: IssueStatus[] = ['SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REOPENED', 'REJECTED']
const STEPS: IssueStep[] = ['ACCEPT', 'REJECT', 'START', 'RESOLVE', 'CONFIRM', 'REOPEN', 'AUTO_CLOSE', 'FOLLOW_UP_NO', 'DUPLICATE']

describe('issue lifecycle', () => {
  it('allows exactly the transitions of the spec and refuses every other pair', () => {
    const allowed = new Set([
      'SUBMITTED ACCEPT ACCEPTED', 'SUBMITTED REJECT REJECTED', 'ACCEPTED START IN_PROGRESS', 'ACCEPTED REJECT REJECTED',
      'IN_PROGRESS RESOLVE RESOLVED', 'RESOLVED CONFIRM CLOSED', 'RESOLVED AUTO_CLOSE CLOSED', 'RESOLVED REOPEN REOPENED',
      'CLOSED FOLLOW_UP_NO REOPENED', 'REOPENED START IN_PROGRESS', 'SUBMITTED DUPLICATE CLOSED', 'ACCEPTED DUPLICATE CLOSED',
    ])
    const actual = new Set<string>()
    for (const from of STATUSES) for (const step of STEPS) {
      const to = nextStatus(from, step)
      if (to) actual.add(`${from} ${step} ${to}`)
    }
    expect(actual).toEqual(allowed)
  })

  it('routes repairs to the steward and the rest to the grid worker, with due times from one table', () => {
    expect(routedRole('REPAIR_ELECTRICAL')).toBe('STEWARD')
    expect(routedRole('REPAIR_HARDWARE')).toBe('STEWARD')
    expect(routedRole('LIGHTING')).toBe('GRID_WORKER')
    expect(DUE_HOURS.LIGHTING).toBe(48)
    expect(DUE_HOURS.FIRE_SAFETY).toBe(24)
    expect(dueAt('LIGHTING', '2026-11-29T00:00:00.000Z')).toBe('2026-12-01T00:00:00.000Z')
    expect(isOverdue({ status: 'ACCEPTED', due_at: '2026-12-01T00:00:00.000Z' }, '2026-12-01T00:00:00.001Z')).toBe(true)
    expect(isOverdue({ status: 'RESOLVED', due_at: '2026-12-01T00:00:00.000Z' }, '2026-12-02T00:00:00.000Z')).toBe(false)
    expect(isOverdue({ status: 'SUBMITTED', due_at: '2026-12-01T00:00:00.000Z' }, '2026-11-30T00:00:00.000Z')).toBe(false)
  })
})

describe('issue figures', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 10, 1) + h * 3_600_000).toISOString()
  const issue = (category: string, hours: number, dueHours: number, rating: number | null) => ({ category, submitted_at: at(0), resolved_at: at(hours), due_at: at(dueHours), rating })

  it('computes medians, on-time share and average rating, per category too', () => {
    expect(median([])).toBeNull()
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    const figures = issueFigures([issue('LIGHTING', 10, 48, 5), issue('LIGHTING', 50, 48, 3), issue('FIRE_SAFETY', 4, 24, null), issue('LIGHTING', 48, 48, 4)])
    expect(figures).toEqual({
      resolvedCount: 4, medianHoursToResolve: 29, onTimeShare: 0.75, averageRating: 4, ratedCount: 3, escalatedCount: 0, escalatedMedianHoursToResolve: null,
      byCategory: [{ category: 'FIRE_SAFETY', resolvedCount: 1, medianHoursToResolve: 4 }, { category: 'LIGHTING', resolvedCount: 3, medianHoursToResolve: 48 }],
    })
    expect(issueFigures([])).toMatchObject({ resolvedCount: 0, medianHoursToResolve: null, onTimeShare: null, averageRating: null })
  })
})
