import { ApolloProvider } from '@apollo/client/react'
import Taro, { useLaunch, usePageNotFound } from '@tarojs/taro'
import { createElement, type PropsWithChildren } from 'react'
import { wechatSession } from './features/account/session-state'
import { getApolloClient } from './graphql/client'
import { ElderModeProvider } from './ui/elder-mode'
import { listenForPrivacyAuthorization } from './ui/privacy-consent'
import { RouteLoading } from './ui/chrome'
import { allowAriaInWeapp } from './ui/weapp-aria'
import './app.css'

/** Where an unknown route lands: 页面不存在 with the way home. */
export const NOT_FOUND_PAGE = '/features/account/pages/not-found/index'

// WeChat's screen reader: aria-label / aria-role reach the drawn nodes (before any page renders).
if (process.env.TARO_ENV === 'weapp') allowAriaInWeapp()

// Rules for Taro's H5 wrappers; the weapp build leaves this branch (and the file) out.
if (process.env.TARO_ENV === 'h5') require('./h5.css')

// The app shell: every page renders inside these providers, so each has the Apollo client and
// the elder-mode tokens without setting them up itself.
function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    // WeChat asks before privacy APIs; the consent sheet in every Page answers.
    listenForPrivacyAuthorization()
    // Silent sign-in with the WeChat identity on launch, and again whenever the session expires.
    wechatSession.start()
  })
  // An old or mistyped link: a page saying so, never a blank screen (H5 router and WeChat alike).
  usePageNotFound(() => {
    void Taro.redirectTo({ url: NOT_FOUND_PAGE }).catch(() => Taro.reLaunch({ url: NOT_FOUND_PAGE }))
  })
  return createElement(ApolloProvider, {
    client: getApolloClient(),
    children: createElement(ElderModeProvider, null, children, process.env.TARO_ENV === 'h5' ? createElement(RouteLoading) : null),
  })
}

export default App
