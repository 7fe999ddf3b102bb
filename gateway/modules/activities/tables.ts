import type { Selectable } from 'kysely'
import type { Flag, Time } from '../../db/tables'

// 活动报名: the activities module's tables, part of the Database in gateway/db/tables.ts.
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
export interface ActivityTables {
  activities: ActivityTable
  activity_registrations: ActivityRegistrationTable
  activity_reminders: ActivityReminderTable
  activity_share_links: ActivityShareLinkTable
}
export type ActivityRow = Selectable<ActivityTable>
export type RegistrationRow = Selectable<ActivityRegistrationTable>
