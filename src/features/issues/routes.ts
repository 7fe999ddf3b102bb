// Every page of the issues journey, and the way out to sign-in, in one place.

export const ISSUES_TAB = '/pages/issues/index'
export const RAISE_PAGE = '/features/issues/pages/raise/index'
export const SIGN_IN_PAGE = '/features/account/pages/sign-in/index'

export const issueDetailPath = (id: string): string => `/features/issues/pages/detail/index?id=${encodeURIComponent(id)}`
export const issueQueuePath = (): string => '/features/issues/pages/queue/index'
export const issueStatsPath = (communityId: string): string => `/features/issues/pages/stats/index?communityId=${encodeURIComponent(communityId)}`

/** The sign-in page, coming back to `redirect` afterwards. */
export const signInPath = (redirect: string): string => `${SIGN_IN_PAGE}?redirect=${encodeURIComponent(redirect)}`
