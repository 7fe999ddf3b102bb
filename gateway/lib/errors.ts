import { GraphQLError } from 'graphql'

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED'

// The gateway's messages are shown to residents as they are, so they are Chinese and say what to do.
// The app chooses its own text by extensions.code; these are the fallback.
function fail(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } })
}

export const errors = {
  unauthenticated: (message = '请先登录') => fail('UNAUTHENTICATED', message),
  forbidden: (message = '您没有权限进行此操作') => fail('FORBIDDEN', message),
  badInput: (message: string, field?: string) => fail('BAD_USER_INPUT', message, field ? { field } : {}),
  notFound: (what = '内容') => fail('NOT_FOUND', `${what}不存在或已删除`),
  conflict: (message: string) => fail('CONFLICT', message),
  /** `limit` names what was limited (issue, comment, signIn, …) for clients that word it themselves. */
  rateLimited: (retryAfterSeconds: number, limit?: string) =>
    fail('RATE_LIMITED', `操作太频繁,请 ${retryAfterSeconds < 60 ? `${retryAfterSeconds} 秒` : `${Math.ceil(retryAfterSeconds / 60)} 分钟`}后再试`, {
      retryAfterSeconds,
      ...(limit ? { limit } : {}),
    }),
}

export function isCoded(error: unknown, code: ErrorCode): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions?.code === code
}
