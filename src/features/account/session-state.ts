import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { SESSION_EXPIRED_EVENT, getApolloClient } from '@/graphql/client'
import { SignInWithWeChatDocument } from '@/features/account/session-state.generated'
import { t } from '@/i18n'
import { clearSessionToken, getSessionToken, setSessionToken } from '@/graphql/session'
import { signInUrl } from './sign-in-route'
import { createWeChatSession } from './wechat-session'

// The app-wide signed-in state: who stores the token, and how pages learn it changed.

/** Fired on Taro.eventCenter whenever this app signs in or out. */
export const SESSION_CHANGED_EVENT = 'linli:session-changed'

function announce(): void {
  Taro.eventCenter.trigger(SESSION_CHANGED_EVENT)
}

/** Keeps the new token and refetches what open pages show, now as the signed-in person. */
export function completeSignIn(token: string): void {
  setSessionToken(token)
  // resetStore refetches every active query; a query already in flight may reject it, harmlessly.
  void getApolloClient().resetStore().catch(() => undefined)
  announce()
}

/** Forgets the session on this device and everything cached for it. */
export function signOutLocally(): void {
  clearSessionToken()
  void getApolloClient().clearStore().catch(() => undefined)
  announce()
}

/** Whether a session token is stored, kept current across sign-in, sign-out, expiry and page shows. */
export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  useDidShow(() => setSignedIn(getSessionToken() !== null))
  useEffect(() => {
    const update = () => setSignedIn(getSessionToken() !== null)
    Taro.eventCenter.on(SESSION_CHANGED_EVENT, update)
    Taro.eventCenter.on(SESSION_EXPIRED_EVENT, update)
    return () => {
      Taro.eventCenter.off(SESSION_CHANGED_EVENT, update)
      Taro.eventCenter.off(SESSION_EXPIRED_EVENT, update)
    }
  }, [])
  return signedIn
}

/** The mini-program's silent WeChat sign-in (wx.login → signInWithWeChat), shared app-wide. */
export const wechatSession = createWeChatSession({
  login: () => Taro.login(),
  async exchange(code) {
    const result = await getApolloClient().mutate({
      mutation: SignInWithWeChatDocument,
      variables: { code },
      context: { silentErrors: true },
    })
    const token = result.data?.signInWithWeChat.token
    if (!token) throw new Error('signInWithWeChat returned no session')
    return token
  },
  hasToken: () => getSessionToken() !== null,
  storeToken: setSessionToken,
  onExpired(listener) {
    Taro.eventCenter.on(SESSION_EXPIRED_EVENT, listener)
    return () => Taro.eventCenter.off(SESSION_EXPIRED_EVENT, listener)
  },
  afterSignIn() {
    void getApolloClient().resetStore().catch(() => undefined)
    announce()
  },
})

/** The current page as a URL with its query, to come back to after signing in. */
export function currentPageUrl(): string {
  const pages = Taro.getCurrentPages()
  const page = pages[pages.length - 1]
  if (!page?.route) return '/pages/me/index'
  const options = (page as { options?: Record<string, string> }).options ?? {}
  const query = Object.entries(options)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&')
  const path = `/${page.route.replace(/^\//, '')}`
  return query ? `${path}?${query}` : path
}

/** "去登录": in WeChat sign in silently again; in the browser open the sign-in page. */
export function goToSignIn(redirect: string = currentPageUrl()): void {
  if (process.env.TARO_ENV === 'weapp') {
    void wechatSession.renew().then((ok) => {
      if (!ok) void Taro.showToast({ title: t('account.signIn.wechat.failed'), icon: 'none', duration: 3000 })
    })
    return
  }
  void Taro.navigateTo({ url: signInUrl(redirect) })
}
