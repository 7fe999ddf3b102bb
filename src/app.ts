import { ApolloProvider } from '@apollo/client/react'
import { useLaunch } from '@tarojs/taro'
import { createElement, type PropsWithChildren } from 'react'
import { wechatSession } from './features/account/session-state'
import { getApolloClient } from './graphql/client'
import { ElderModeProvider } from './ui/elder-mode'
import { listenForPrivacyAuthorization } from './ui/privacy-consent'
import './app.css'

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
  return createElement(ApolloProvider, {
    client: getApolloClient(),
    children: createElement(ElderModeProvider, null, children),
  })
}

export default App
