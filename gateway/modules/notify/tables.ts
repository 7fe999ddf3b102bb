/** Subscribe-message consents: how many messages of one template a person has accepted and not yet been sent. */
export interface SubscribeConsentTable {
  account_id: string
  template_id: string
  remaining: number
  updated_at: string
}

/** How a person hears about each kind of thing; one row once they change anything (defaults otherwise). */
export interface NotificationPrefsTable {
  account_id: string
  my_issues: string
  proposals: string
  activities: string
  notices: string
  /** Staff: their queue (new and changed work). */
  work: string
  /** HH:MM Beijing time of the daily digest. */
  digest_at: string
  quiet_from: string | null
  quiet_to: string | null
  /** The digest moment last built for the person (once per moment, however many builders run). */
  last_digest_at: string | null
  updated_at: string
}

/** A message waiting for the person's digest; digest_id is the inbox message it went into. */
export interface DigestItemTable {
  id: string
  account_id: string
  kind: string
  title: string
  body: string
  subject_type: string | null
  subject_id: string | null
  created_at: string
  digest_id: string | null
}

export interface NotifyTables {
  subscribe_consents: SubscribeConsentTable
  notification_prefs: NotificationPrefsTable
  digest_items: DigestItemTable
}
export type DigestItemRow = import('kysely').Selectable<DigestItemTable>
