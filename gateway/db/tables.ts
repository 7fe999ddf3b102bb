import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { ActivityTables } from '../modules/activities/tables'
import type { ConsultTables } from '../modules/consult/tables'
import type { IssueTables } from '../modules/issues/tables'
import type { RosterTables } from '../modules/roster/tables'
import type { FinanceTables } from '../modules/finances/tables'
import type { NotifyTables } from '../modules/notify/tables'
import type { LinkTables } from '../modules/links/tables'

// Times are ISO 8601 UTC strings on both engines (they sort as text); flags are 0/1 integers.
export type Time = string
export type Flag = number

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
  scope_kind: 'grid' | 'compound' | 'community' | 'street'
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
  /** How many have read it and acknowledged it: kept by notices/store.ts recordMark, in the mark's transaction. */
  read_count: Generated<number>
  ack_count: Generated<number>
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
  /** WeChat's content-safety check: neighbours see a file only once it PASSED. */
  check_status: ColumnType<MediaCheckStatus, MediaCheckStatus | undefined, MediaCheckStatus>
  /** WeChat's trace_id of the asynchronous check, which its result event names. */
  check_trace_id: string | null
  /** How the status was reached (e.g. "wechat pass", "wechat not configured"). */
  check_note: string | null
  /** The gateway's public origin when WeChat could not be asked: the retry builds WeChat's link from it. */
  check_origin: string | null
  checked_at: Time | null
  width: number | null
  height: number | null
}
export type MediaCheckStatus = 'PENDING' | 'PASSED' | 'REJECTED'
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
  /** PENDING → SENDING (claimed, committed before WeChat is called) → SENT, back to PENDING to retry, or DEAD; RECORDED: never to be sent. */
  status: OutboxStatus
  attempts: Generated<number>
  last_error: string | null
  created_at: Time
  sent_at: Time | null
  /** A retry waits until then (null: at once). */
  next_attempt_at: ColumnType<Time | null, Time | null | undefined, Time | null>
  /** When the current or last attempt claimed the row. */
  claimed_at: ColumnType<Time | null, Time | null | undefined, Time | null>
  /** When the recipient's acceptance was spent on this message (once, whatever the retries). */
  consent_spent_at: ColumnType<Time | null, Time | null | undefined, Time | null>
  /** Quiet hours: not delivered before this time (null: at once). */
  hold_until: Time | null
  /** The instance (jobs instance id, hostname:pid:random) whose drain claimed the row last. */
  claimed_by: ColumnType<string | null, string | null | undefined, string | null>
  /** A DEAD row: why (NOT_ACCEPTED, BAD_RECIPIENT, BAD_DATA, GAVE_UP, NO_ANSWER, INTERRUPTED); null before it was kept. */
  dead_reason: ColumnType<string | null, string | null | undefined, string | null>
}
export type OutboxStatus = 'PENDING' | 'SENDING' | 'SENT' | 'RECORDED' | 'DEAD'
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
/** One run of a periodic task (jobs/runs-log.ts). */
export interface JobRunTable {
  id: string
  task: string
  period: string | null
  instance: string
  started_at: Time
  finished_at: Time | null
  outcome: 'RUNNING' | 'OK' | 'FAILED'
  detail: string | null
}
/** One token bucket per `kind:key` (lib/limiter.ts); updated_ms is epoch milliseconds. */
export interface RateBucketTable { key: string; tokens: number; updated_ms: number }

/** The foundation's tables; each journey module adds its own (modules/<m>/tables.ts). */
export interface FoundationTables {
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
  rate_buckets: RateBucketTable
  job_runs: JobRunTable
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

export interface Database extends FoundationTables, IssueTables, ActivityTables, ConsultTables, RosterTables, NotifyTables, LinkTables, FinanceTables {}

export * from '../modules/activities/tables'
export * from '../modules/consult/tables'
export * from '../modules/issues/tables'
export * from '../modules/roster/tables'
