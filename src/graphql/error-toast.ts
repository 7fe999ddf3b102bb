import Taro from '@tarojs/taro'
import { t, type MessageKey } from '../i18n'

// Which words a resident sees when a request fails, chosen by the error's `extensions.code`.

export interface GraphQLErrorLike {
  message: string
  extensions?: Record<string, unknown> | null
}

/** Both Apollo's ApolloError and an error link's ErrorResponse have this shape. */
export interface OperationErrorLike {
  graphQLErrors?: ReadonlyArray<GraphQLErrorLike>
  networkError?: unknown
}

const textForCode: Record<string, MessageKey> = {
  UNAUTHENTICATED: 'error.unauthenticated',
  FORBIDDEN: 'error.forbidden',
  BAD_USER_INPUT: 'error.badUserInput',
  NOT_FOUND: 'error.notFound',
  CONFLICT: 'error.conflict',
  RATE_LIMITED: 'error.rateLimited',
  INTERNAL_SERVER_ERROR: 'error.internal',
}

/** Codes whose server message is written for residents (in Chinese) and is shown as it is. */
const codesWithResidentMessage = new Set(['BAD_USER_INPUT', 'CONFLICT'])

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text)

function codeOf(error: GraphQLErrorLike): string | undefined {
  const code = error.extensions?.code
  return typeof code === 'string' ? code : undefined
}

/** When to retry, from the gateway's retryAfterSeconds (whole minutes past one minute). */
function rateLimitedText(error: GraphQLErrorLike): string {
  const wait = error.extensions?.retryAfterSeconds
  if (typeof wait !== 'number' || !(wait > 0)) return t('error.rateLimited')
  return wait < 60 ? t('error.rateLimitedSeconds', { n: Math.ceil(wait) }) : t('error.rateLimitedMinutes', { n: Math.ceil(wait / 60) })
}

function textForGraphQLError(error: GraphQLErrorLike): string {
  const code = codeOf(error)
  if (code && codesWithResidentMessage.has(code) && hasChinese(error.message)) return error.message
  if (code === 'RATE_LIMITED') return rateLimitedText(error)
  return t((code && textForCode[code]) || 'error.unknown')
}

/** GraphQL errors a failed HTTP response carried in its body (Apollo's ServerError.result). */
function errorsInResponseBody(networkError: unknown): ReadonlyArray<GraphQLErrorLike> {
  if (!networkError || typeof networkError !== 'object') return []
  const result = (networkError as { result?: unknown }).result
  if (!result || typeof result !== 'object') return []
  const errors = (result as { errors?: unknown }).errors
  return Array.isArray(errors) ? errors.filter((e): e is GraphQLErrorLike => typeof e?.message === 'string') : []
}

function textForNetworkError(networkError: unknown): string {
  const bodyErrors = errorsInResponseBody(networkError)
  const coded = bodyErrors.find((e) => codeOf(e) !== undefined)
  if (coded) return textForGraphQLError(coded)
  const status = (networkError as { statusCode?: unknown }).statusCode
  if (status === 429) return t('error.rateLimited')
  if (status === 401) return t('error.unauthenticated')
  if (status === 403) return t('error.forbidden')
  if (typeof status === 'number' && status >= 500) return t('error.internal')
  return t('error.network')
}

/**
 * The toast text for a failed operation: the first GraphQL error with a code we know decides,
 * then the network error; unknown codes get a general apology, never the raw English message.
 */
export function errorToastText(error: OperationErrorLike): string {
  const graphQLErrors = error.graphQLErrors ?? []
  const known = graphQLErrors.find((e) => {
    const code = codeOf(e)
    return code !== undefined && code in textForCode
  })
  if (known) return textForGraphQLError(known)
  if (error.networkError) return textForNetworkError(error.networkError)
  return t('error.unknown')
}

/** The first error code of a failed operation, if any, e.g. to send an UNAUTHENTICATED user to sign in. */
export function errorCode(error: OperationErrorLike): string | undefined {
  for (const e of error.graphQLErrors ?? []) {
    const code = codeOf(e)
    if (code) return code
  }
  for (const e of errorsInResponseBody(error.networkError)) {
    const code = codeOf(e)
    if (code) return code
  }
  return undefined
}

/** Shows the toast for a failed operation (text only, long enough to read). */
export function showErrorToast(error: OperationErrorLike): void {
  void Taro.showToast({ title: errorToastText(error), icon: 'none', duration: 3000 })
}
