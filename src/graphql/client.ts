import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type NormalizedCacheObject } from '@apollo/client/core'
import { onError } from '@apollo/client/link/error'
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries'
import { relayStylePagination } from '@apollo/client/utilities'
import Taro from '@tarojs/taro'
import { errorCode, showErrorToast } from './error-toast'
import { clearSessionToken, getSessionToken } from './session'
import { taroFetch } from './taro-fetch'

// All of the app's cache policy and links live here.

/** Fired on Taro.eventCenter when the gateway says the session is no longer valid. */
export const SESSION_EXPIRED_EVENT = 'linli:session-expired'

/** The endpoint fixed at build time (config/index.ts); same-origin when built without it (tests). */
export const gatewayUrl: string = typeof LINLI_GATEWAY_URL === 'string' ? LINLI_GATEWAY_URL : '/graphql'

/**
 * The gateway refuses requests a cross-site form or link could send (CSRF): every request names
 * the client in this header, which only the app's own code sets. Same name as the gateway's.
 */
export const CLIENT_HEADER = 'x-linli-client'
const CLIENT_NAME: string = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'

/** Pass `context: { silentErrors: true }` on an operation whose page shows its own error text. */
export interface LinliOperationContext {
  silentErrors?: boolean
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // One cached list per filter; pages fetched with `after` are appended to it.
          notices: relayStylePagination(['communityId', 'category', 'search', 'pinned']),
          roster: relayStylePagination(['compoundId', 'search']),
          financeEntries: relayStylePagination(['compoundId', 'period', 'account', 'pending']),
        },
      },
      Proposal: { fields: { voteReceipts: relayStylePagination(['search']) } },
    },
  })
}

/** Adds the session token, when there is one, as a Bearer Authorization header. */
export const authLink = new ApolloLink((operation, forward) => {
  const token = getSessionToken()
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, Authorization: `Bearer ${token}` },
    }))
  }
  return forward(operation)
})

/** Shows each failed operation to the resident as one friendly Chinese toast. */
export const errorLink = onError(({ graphQLErrors, networkError, operation }) => {
  const failure = { graphQLErrors, networkError }
  if (errorCode(failure) === 'UNAUTHENTICATED') {
    clearSessionToken()
    Taro.eventCenter.trigger(SESSION_EXPIRED_EVENT)
  }
  const context = operation.getContext() as LinliOperationContext
  if (context.silentErrors) return
  showErrorToast(failure)
})

/** The hash npm run codegen:app put on each document (`__meta__`, from persisted-documents.json). */
export function persistedHash(document: unknown): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } } | null)?.__meta__
  return typeof meta?.hash === 'string' ? meta.hash : undefined
}

/**
 * Sends a generated document as its hash only (the gateway runs the text from its manifest):
 * queries as GET, so they can be cached on the way; mutations as POST. A document without a hash
 * (none of the app's) goes as text.
 */
export const persistedLink = ApolloLink.split(
  (operation) => persistedHash(operation.query) !== undefined,
  createPersistedQueryLink({
    // split() sends only documents with a hash here.
    generateHash: (document) => persistedHash(document) as string,
    useGETForHashedQueries: true,
  }),
)

export interface ApolloClientOptions {
  uri?: string
  /** Defaults to the Taro.request-based fetch. */
  fetch?: typeof taroFetch
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient<NormalizedCacheObject> {
  const httpLink = new HttpLink({
    uri: options.uri ?? gatewayUrl,
    headers: { [CLIENT_HEADER]: CLIENT_NAME },
    // Apollo reads only ok/status/headers.get/text() from the response, which taroFetch provides.
    fetch: (options.fetch ?? taroFetch) as unknown as typeof fetch,
  })
  return new ApolloClient({
    link: ApolloLink.from([errorLink, authLink, persistedLink, httpLink]),
    cache: createCache(),
  })
}

let sharedClient: ApolloClient<NormalizedCacheObject> | undefined

/** The app's one client, created on first use. */
export function getApolloClient(): ApolloClient<NormalizedCacheObject> {
  sharedClient ??= createApolloClient()
  return sharedClient
}
