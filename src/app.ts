import { ApolloProvider } from '@apollo/client/react'
import { createElement, type PropsWithChildren } from 'react'
import { getApolloClient } from './graphql/client'
import { ElderModeProvider } from './ui/elder-mode'
import './app.css'

// The app shell: every page renders inside these providers, so each has the Apollo client and
// the elder-mode tokens without setting them up itself.
function App({ children }: PropsWithChildren) {
  return createElement(ApolloProvider, {
    client: getApolloClient(),
    children: createElement(ElderModeProvider, null, children),
  })
}

export default App
