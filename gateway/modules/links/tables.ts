/** What a short code can open: the items a share, a QR code or a poster points at. */
export type ShortCodeSubject = 'Notice' | 'Issue' | 'Proposal' | 'Activity'

/**
 * One short code per item: a mini-program code's scene holds at most 32 characters and a UUID
 * (36) does not fit, so the scene carries the code and the app asks what it opens.
 */
export interface ShortCodeTable {
  code: string
  subject_type: ShortCodeSubject
  subject_id: string
  created_at: string
}

export interface LinkTables {
  short_codes: ShortCodeTable
}
