// The gateway's limits (gateway/modules/issues), checked here too so the form says so before sending.
export const TITLE_MAX = 40
export const DESCRIPTION_MAX = 2000
export const SPOT_MAX = 60
export const NOTE_MAX = 500
export const COMMENT_MAX = 200
export const PHOTOS_MAX = 9
/** The gateway's limit on the name of a resident staff report for. */
export const ON_BEHALF_MAX = 20
