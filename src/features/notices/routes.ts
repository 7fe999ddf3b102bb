import type { NoticeCategory } from '@/graphql/generated/graphql'

// Where the notices pages live; shared cards and sign-in redirects point at these.

export const HOME_TAB = '/pages/home/index'
export const SIGN_IN_PAGE = '/features/account/pages/sign-in/index'

/** The detail page of one notice: also the path a shared card opens. */
export function noticeDetailPath(id: string): string {
  return `/features/notices/pages/detail/index?id=${encodeURIComponent(id)}`
}

export function noticeEditPath(id?: string, communityId?: string): string {
  const query = id ? `?id=${encodeURIComponent(id)}` : communityId ? `?communityId=${encodeURIComponent(communityId)}` : ''
  return `/features/notices/pages/edit/index${query}`
}

export function noticesListPath(filter: { category?: NoticeCategory; communityId?: string } = {}): string {
  const params: string[] = []
  if (filter.category) params.push(`category=${filter.category}`)
  if (filter.communityId) params.push(`communityId=${encodeURIComponent(filter.communityId)}`)
  return `/features/notices/pages/list/index${params.length ? `?${params.join('&')}` : ''}`
}

/** The sign-in page, coming back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return `${SIGN_IN_PAGE}?redirect=${encodeURIComponent(returnTo)}`
}
