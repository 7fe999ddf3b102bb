import type { IssueCategory, IssueFilter } from '@/graphql/generated/graphql'
import type { StatusChoice } from './components/IssueFilters'
import { OPEN_STATUSES } from './vocabulary'

export interface ListChoice {
  status: StatusChoice
  category: IssueCategory | null
  mine?: boolean
  overdue?: boolean
}

/** The chips' choice as the gateway's IssueFilter; "all" sends no status or category at all. */
export function toIssueFilter(choice: ListChoice): IssueFilter {
  const filter: IssueFilter = {}
  if (choice.mine !== undefined) filter.mine = choice.mine
  if (choice.status === 'open') filter.status = [...OPEN_STATUSES]
  else if (choice.status) filter.status = [choice.status]
  if (choice.category) filter.category = [choice.category]
  if (choice.overdue) filter.overdue = true
  return filter
}

export const isFiltered = (choice: ListChoice): boolean => Boolean(choice.status || choice.category || choice.overdue)
