// Every page of the activities journey, and the way out to sign-in, in one place.

export const ACTIVITIES_TAB = '/pages/activities/index'
export const CHECK_IN_PAGE = '/features/activities/pages/check-in/index'
export const SIGN_IN_PAGE = '/features/account/pages/sign-in/index'

/** The activity itself; `signUp` marks the landing after sign-in, ready to sign up. */
export const activityDetailPath = (id: string, signUp = false): string =>
  `/features/activities/pages/detail/index?id=${encodeURIComponent(id)}${signUp ? '&signup=1' : ''}`

/** The edit page; without an id it publishes a new activity. */
export const activityEditPath = (id?: string): string => (id ? `/features/activities/pages/edit/index?id=${encodeURIComponent(id)}` : '/features/activities/pages/edit/index')

export const registrationsPath = (id: string): string => `/features/activities/pages/registrations/index?id=${encodeURIComponent(id)}`

/** The sign-in page, coming back to `redirect` afterwards. */
export const signInPath = (redirect: string): string => `${SIGN_IN_PAGE}?redirect=${encodeURIComponent(redirect)}`
