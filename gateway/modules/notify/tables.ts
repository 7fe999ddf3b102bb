/** Subscribe-message consents: how many messages of one template a person has accepted and not yet been sent. */
export interface SubscribeConsentTable {
  account_id: string
  template_id: string
  remaining: number
  updated_at: string
}

export interface NotifyTables {
  subscribe_consents: SubscribeConsentTable
}
