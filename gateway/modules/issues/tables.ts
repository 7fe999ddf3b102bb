import type { Selectable } from 'kysely'
import type { Flag, Time } from '../../db/tables'

// 报事: the issues module's tables, part of the Database in gateway/db/tables.ts.
export interface IssueTable {
  id: string
  community_id: string
  compound_id: string
  grid_id: string
  building_id: string
  category: string
  title: string
  description: string
  spot: string | null
  latitude: number | null
  longitude: number | null
  is_public: Flag
  status: string
  reporter_id: string
  on_behalf_name: string | null
  assignee_id: string | null
  duplicate_of: string | null
  submitted_at: Time
  due_at: Time
  resolved_at: Time | null
  closed_at: Time | null
  rating: number | null
  rating_comment: string | null
  follow_up_sent_at: Time | null
  follow_up_answer: string | null
  /** 0 with its handler, 1 escalated to the community's admin, 2 to the street office. */
  escalation_level: number
  escalated_at: Time | null
  /** When the handler was told it is past its due time (once). */
  overdue_noticed_at: Time | null
  updated_at: Time
}
export interface IssueEventTable { id: string; issue_id: string; kind: string; status: string; note: string | null; actor_id: string | null; at: Time }
export interface IssueMarkTable { issue_id: string; account_id: string; at: Time }
export interface IssueTables {
  issues: IssueTable
  issue_events: IssueEventTable
  issue_supports: IssueMarkTable
  issue_followers: IssueMarkTable
}
export type IssueRow = Selectable<IssueTable>
export type IssueEventRow = Selectable<IssueEventTable>
