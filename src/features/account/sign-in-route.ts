// Where the sign-in page sends the resident afterwards: back to the page that sent them.

/** The tab pages, which WeChat only opens with switchTab. */
export const TAB_PAGES = [
  '/pages/home/index',
  '/pages/issues/index',
  '/pages/consult/index',
  '/pages/activities/index',
  '/pages/me/index',
] as const

export const ME_TAB = '/pages/me/index'
export const SIGN_IN_PAGE = '/features/account/pages/sign-in/index'

export type Navigation =
  | { method: 'switchTab'; url: string }
  | { method: 'redirectTo'; url: string }
  | { method: 'navigateTo'; url: string }
  | { method: 'navigateBack' }

/** Only the app's own pages: an absolute path, not another origin and not the sign-in page itself. */
function safeRedirect(redirect: string | undefined): string | null {
  if (!redirect) return null
  const decoded = redirect.startsWith('%2F') ? decodeURIComponent(redirect) : redirect
  if (!decoded.startsWith('/') || decoded.startsWith('//')) return null
  if (decoded.split('?')[0] === SIGN_IN_PAGE) return null
  return decoded
}

/**
 * After signing in: the `redirect` page if it is one of ours (tabs by switchTab; the previous page
 * in the stack by going back, which keeps its state), else the 我的 tab.
 */
export function routeAfterSignIn(redirect: string | undefined, previousRoute: string | undefined): Navigation {
  const target = safeRedirect(redirect)
  if (!target) return { method: 'switchTab', url: ME_TAB }
  const path = target.split('?')[0]
  if ((TAB_PAGES as ReadonlyArray<string>).includes(path)) return { method: 'switchTab', url: path }
  if (previousRoute && `/${previousRoute.replace(/^\//, '')}` === path) return { method: 'navigateBack' }
  return { method: 'redirectTo', url: target }
}

/** The sign-in page's URL carrying where to come back to. */
export function signInUrl(redirect: string): string {
  return `${SIGN_IN_PAGE}?redirect=${encodeURIComponent(redirect)}`
}
