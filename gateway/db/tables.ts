import type { Generated, Insertable, Selectable } from 'kysely'

// Times are ISO 8601 UTC strings on both engines (they sort as text); flags are 0/1 integers.
type Time = string
type Flag = number

export interface StreetTable { id: string; name: string }
export interface CommunityTable { id: string; street_id: string; name: string }
export interface GridTable { id: string; community_id: string; name: string }
export interface CompoundTable { id: string; community_id: string; name: string }
export interface BuildingTable { id: string; compound_id: string; grid_id: string; name: string; sort: number }

export interface AccountTable {
  id: string
  handle: string | null
  openid: string | null
  nickname: string | null
  real_name: string | null
  phone: string | null
  /** A staff member's work phone, shown to residents whose issue they handle. */
  work_phone: string | null
  created_at: Time
  deleted_at: Time | null
}
export interface SessionTable { id: string; account_id: string; token_hash: string; created_at: Time; expires_at: Time }
export interface RoleAssignmentTable {
  id: string
  account_id: string
  role: string
  scope_kind: 'grid' | 'compound' | 'community'
  scope_id: string
  community_id: string
  granted_by: string | null
  created_at: Time
}
export interface HouseholdClaimTable {
  id: string
  account_id: string | null
  building_id: string
  unit: string
  room: string
  area_m2: number
  relation: string
  status: 'PENDING' | 'APPROVED' | 'REJECTED'
  note: string | null
  reviewed_by: string | null
  reviewed_at: Time | null
  created_at: Time
}
export interface HouseholdTable { id: string; building_id: string; unit: string; room: string; area_m2: number; created_at: Time }
export interface HouseholdMemberTable {
  id: string
  household_id: string
  account_id: string
  relation: string
  claim_id: string | null
  verified_at: Time
}

export interface NoticeTable {
  id: string
  community_id: string
  compound_id: string | null
  category: string
  title: string
  body_html: string
  summary: string
  search_text: string
  cover_media_id: string | null
  pinned: Flag
  requires_ack: Flag
  status: 'PUBLISHED' | 'WITHDRAWN'
  author_id: string | null
  published_at: Time
  updated_at: Time
  expires_at: Time | null
}
export interface NoticeTermTable { notice_id: string; term: string }
export interface NoticeReadTable { notice_id: string; account_id: string; read_at: Time }
export interface NoticeAckTable { notice_id: string; account_id: string; acked_at: Time }

export interface MediaTable {
  id: string
  owner_id: string | null
  stored_name: string
  mime: string
  size_bytes: number
  subject_type: string | null
  subject_id: string | null
  created_at: Time
}
export interface InboxMessageTable {
  id: string
  account_id: string
  kind: string
  title: string
  body: string
  subject_type: string | null
  subject_id: string | null
  read_at: Time | null
  created_at: Time
}
export interface OutboxTable {
  id: string
  account_id: string
  template: string
  payload: string
  status: 'PENDING' | 'SENT' | 'RECORDED' | 'FAILED'
  attempts: Generated<number>
  last_error: string | null
  created_at: Time
  sent_at: Time | null
}
export interface AuditLogTable {
  id: string
  actor_id: string | null
  action: string
  subject_type: string
  subject_id: string
  community_id: string | null
  details: string
  created_at: Time
}
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
  updated_at: Time
}
export interface IssueEventTable { id: string; issue_id: string; kind: string; status: string; note: string | null; actor_id: string | null; at: Time }
export interface IssueMarkTable { issue_id: string; account_id: string; at: Time }
export interface RateLimitTable { key: string; window_start: number; hits: number }

export interface Database {
  streets: StreetTable
  communities: CommunityTable
  grids: GridTable
  compounds: CompoundTable
  buildings: BuildingTable
  accounts: AccountTable
  sessions: SessionTable
  role_assignments: RoleAssignmentTable
  household_claims: HouseholdClaimTable
  households: HouseholdTable
  household_members: HouseholdMemberTable
  notices: NoticeTable
  notice_terms: NoticeTermTable
  notice_reads: NoticeReadTable
  notice_acks: NoticeAckTable
  media: MediaTable
  inbox_messages: InboxMessageTable
  outbox: OutboxTable
  audit_log: AuditLogTable
  rate_limits: RateLimitTable
  issues: IssueTable
  issue_events: IssueEventTable
  issue_supports: IssueMarkTable
  issue_followers: IssueMarkTable
}

export type AccountRow = Selectable<AccountTable>
export type BuildingRow = Selectable<BuildingTable>
export type CompoundRow = Selectable<CompoundTable>
export type CommunityRow = Selectable<CommunityTable>
export type GridRow = Selectable<GridTable>
export type StreetRow = Selectable<StreetTable>
export type RoleAssignmentRow = Selectable<RoleAssignmentTable>
export type HouseholdClaimRow = Selectable<HouseholdClaimTable>
export type HouseholdRow = Selectable<HouseholdTable>
export type HouseholdMemberRow = Selectable<HouseholdMemberTable>
export type NoticeRow = Selectable<NoticeTable>
export type NewNotice = Insertable<NoticeTable>
export type MediaRow = Selectable<MediaTable>
export type InboxMessageRow = Selectable<InboxMessageTable>
export type OutboxRow = Selectable<OutboxTable>
export type AuditLogRow = Selectable<AuditLogTable>
export type IssueRow = Selectable<IssueTable>
export type IssueEventRow = Selectable<IssueEventTable>

// 活动报名 (modules/activities). The Database interface is extended by declaration merging.
export interface ActivityTable {
  id: string
  community_id: string
  kind: string
  title: string
  description: string
  venue: string
  starts_at: Time
  ends_at: Time
  sign_up_deadline: Time
  capacity: number
  max_party_size: number
  eligibility: string
  waitlist: Flag
  needs_approval: Flag
  /** JSON: string[] */
  questions: string
  /** JSON: string[] */
  partners: string
  /** JSON: { name, perParticipant, unit }[] */
  materials: string
  cover_media_id: string | null
  status: 'DRAFT' | 'PUBLISHED' | 'CANCELLED'
  organiser_id: string
  cancel_reason: string | null
  cancelled_at: Time | null
  published_at: Time | null
  created_at: Time
  updated_at: Time
}
export interface ActivityRegistrationTable {
  id: string
  activity_id: string
  account_id: string
  party_size: number
  status: 'PENDING' | 'CONFIRMED' | 'WAITLISTED' | 'DECLINED' | 'CANCELLED' | 'ATTENDED'
  /** '' while active; the registration's id once CANCELLED or DECLINED (see the migration). */
  active_key: string
  /** JSON: { question, value }[] */
  answers: string
  check_in_code: string | null
  scene: number | null
  on_behalf_by: string | null
  created_at: Time
  confirmed_at: Time | null
  cancelled_at: Time | null
  attended_at: Time | null
  updated_at: Time
}
export interface ActivityReminderTable { activity_id: string; account_id: string; requested_at: Time; sent_at: Time | null }
export interface ActivityShareLinkTable {
  id: string
  activity_id: string
  account_id: string | null
  path: string
  query: string
  status: 'GENERATED' | 'RECORDED' | 'FAILED'
  url: string | null
  last_error: string | null
  created_at: Time
}
export interface Database {
  activities: ActivityTable
  activity_registrations: ActivityRegistrationTable
  activity_reminders: ActivityReminderTable
  activity_share_links: ActivityShareLinkTable
}
export type ActivityRow = Selectable<ActivityTable>
export type RegistrationRow = Selectable<ActivityRegistrationTable>

// 协商议事 (consult)
export interface ConsultSettingsTable { compound_id: string; cosign_threshold: number; cosign_days: number; site_plan_media_id: string | null }
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
export interface Database {
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
}
export type ProposalRow = Selectable<ProposalTable>
export type ProposalOptionRow = Selectable<ProposalOptionTable>
export type ProposalCommentRow = Selectable<ProposalCommentTable>
export type ProposalTaskRow = Selectable<ProposalTaskTable>
export type ProposalEventRow = Selectable<ProposalEventTable>
export type BallotRow = Selectable<BallotTable>
