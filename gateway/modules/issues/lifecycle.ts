// The issue lifecycle and due times: plain rules, no database.

export type IssueStatus = 'SUBMITTED' | 'ACCEPTED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'REOPENED' | 'REJECTED'
export type IssueCategory =
  | 'LIGHTING' | 'SURVEILLANCE' | 'SANITATION' | 'FIRE_SAFETY' | 'REPAIR_ELECTRICAL' | 'REPAIR_HARDWARE' | 'DISPUTE' | 'BUSINESS_SERVICE' | 'OTHER'

/** What moves an issue: staff steps, the reporter's answers, and the clock. */
export type IssueStep =
  | 'ACCEPT' | 'REJECT' | 'START' | 'RESOLVE' // staff
  | 'CONFIRM' | 'REOPEN' // the reporter, on a resolved issue
  | 'AUTO_CLOSE' // seven days resolved without an answer
  | 'FOLLOW_UP_NO' // "no" to 是否真正解决? after closing
  | 'DUPLICATE' // staff mark it a duplicate of another
  | 'RESOLVE_BY_PROPOSAL' // the system: the proposal drafted from it was carried out and accepted (由议事解决)

const TRANSITIONS: Record<IssueStep, Partial<Record<IssueStatus, IssueStatus>>> = {
  ACCEPT: { SUBMITTED: 'ACCEPTED' },
  REJECT: { SUBMITTED: 'REJECTED', ACCEPTED: 'REJECTED' },
  START: { ACCEPTED: 'IN_PROGRESS', REOPENED: 'IN_PROGRESS' },
  RESOLVE: { IN_PROGRESS: 'RESOLVED' },
  CONFIRM: { RESOLVED: 'CLOSED' },
  REOPEN: { RESOLVED: 'REOPENED' },
  AUTO_CLOSE: { RESOLVED: 'CLOSED' },
  FOLLOW_UP_NO: { CLOSED: 'REOPENED' },
  DUPLICATE: { SUBMITTED: 'CLOSED', ACCEPTED: 'CLOSED' },
  RESOLVE_BY_PROPOSAL: { SUBMITTED: 'RESOLVED', ACCEPTED: 'RESOLVED', IN_PROGRESS: 'RESOLVED', REOPENED: 'RESOLVED' },
}

/** The status a step leads to from `current`, or null when the step is not allowed there (CONFLICT). */
export function nextStatus(current: IssueStatus, step: IssueStep): IssueStatus | null {
  return TRANSITIONS[step][current] ?? null
}

/** The staff step that reaches `to` through advanceIssue. */
export const STAFF_STEP_TO: Partial<Record<IssueStatus, IssueStep>> = {
  ACCEPTED: 'ACCEPT',
  IN_PROGRESS: 'START',
  RESOLVED: 'RESOLVE',
  REJECTED: 'REJECT',
}

/** Hours from submission within which each category should be resolved. */
export const DUE_HOURS: Record<IssueCategory, number> = {
  FIRE_SAFETY: 24,
  SANITATION: 24,
  LIGHTING: 48,
  REPAIR_ELECTRICAL: 48,
  SURVEILLANCE: 72,
  REPAIR_HARDWARE: 72,
  BUSINESS_SERVICE: 120,
  OTHER: 120,
  DISPUTE: 168,
}

/** Repairs go to the compound's steward; everything else to the grid worker of the building's grid. */
export function routedRole(category: IssueCategory): 'STEWARD' | 'GRID_WORKER' {
  return category === 'REPAIR_ELECTRICAL' || category === 'REPAIR_HARDWARE' ? 'STEWARD' : 'GRID_WORKER'
}

export function dueAt(category: IssueCategory, submittedAt: string): string {
  return new Date(Date.parse(submittedAt) + DUE_HOURS[category] * 3_600_000).toISOString()
}

const FINISHED: readonly IssueStatus[] = ['RESOLVED', 'CLOSED', 'REJECTED']

export function isOpen(status: IssueStatus): boolean {
  return !FINISHED.includes(status)
}

/** Overdue: still open past its due time. */
export function isOverdue(issue: { status: IssueStatus; due_at: string }, now: string): boolean {
  return isOpen(issue.status) && issue.due_at < now
}

export const AUTO_CLOSE_DAYS = 7
export const FOLLOW_UP_DAYS = 7
