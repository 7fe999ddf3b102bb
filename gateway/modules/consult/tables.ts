import type { Generated, Selectable } from 'kysely'
import type { Flag, Time } from '../../db/tables'

// 协商议事: the consult module's tables, part of the Database in gateway/db/tables.ts.
export interface ConsultSettingsTable { compound_id: string; cosign_threshold: number; cosign_days: number; site_plan_media_id: string | null; cluster_threshold: Generated<number>; cluster_radius_m: Generated<number> }
/** An issue behind a proposal drafted from its cluster (报事 → 议事). */
export interface ProposalIssueTable { proposal_id: string; issue_id: string; linked_at: Time }
export interface ProposalTable {
  id: string
  community_id: string
  compound_id: string
  building_id: string | null
  author_id: string | null
  author_household_id: string | null
  title: string
  background: string
  question: string
  matter: string
  ballot_kind: string
  max_choices: number | null
  stage: string
  cosign_threshold: number
  cosign_deadline: Time | null
  voting_closes_at: Time | null
  meeting_at: Time | null
  meeting_place: string | null
  minutes: string | null
  /** The tally as JSON, written when voting closes. */
  result: string | null
  outcome: string | null
  acceptance_open: Flag
  reminded_at: Time | null
  created_at: Time
  updated_at: Time
}
export interface ProposalOptionTable { id: string; proposal_id: string; label: string; pin_x: number | null; pin_y: number | null; amendment: Flag; author_id: string | null; created_at: Time }
export interface ProposalCosignTable { proposal_id: string; household_id: string; account_id: string | null; at: Time }
export interface ProposalCommentTable { id: string; proposal_id: string; parent_id: string | null; author_id: string | null; kind: string; body: string; hidden: Flag; created_at: Time }
export interface CommentReportTable { comment_id: string; account_id: string; at: Time }
export interface BallotTable { id: string; proposal_id: string; household_id: string; option_ids: string; assisted: Flag; photo_id: string | null; receipt: string; cast_at: Time }
export interface ProposalTaskTable { id: string; proposal_id: string; title: string; owner_name: string; due_date: string | null; status: string; budget_cents: number; spent_cents: number; created_at: Time; updated_at: Time }
export interface ProposalAcceptanceTable { proposal_id: string; household_id: string; accept: Flag; at: Time }
export interface ProposalEventTable { id: string; proposal_id: string; kind: string; stage: string; note: string | null; actor_id: string | null; at: Time }
export interface ConsultTables {
  consult_settings: ConsultSettingsTable
  proposals: ProposalTable
  proposal_options: ProposalOptionTable
  proposal_cosigns: ProposalCosignTable
  proposal_comments: ProposalCommentTable
  comment_reports: CommentReportTable
  ballots: BallotTable
  proposal_tasks: ProposalTaskTable
  proposal_acceptances: ProposalAcceptanceTable
  proposal_events: ProposalEventTable
  proposal_issues: ProposalIssueTable
}
export type ProposalRow = Selectable<ProposalTable>
export type ProposalOptionRow = Selectable<ProposalOptionTable>
export type ProposalCommentRow = Selectable<ProposalCommentTable>
export type ProposalTaskRow = Selectable<ProposalTaskTable>
export type ProposalEventRow = Selectable<ProposalEventTable>
export type BallotRow = Selectable<BallotTable>
