import type { GraphQLError } from 'graphql'
import { createGraphQLError } from 'graphql-yoga'

// How graphql-js's own refusals of a request reach the client: coded BAD_USER_INPUT, in Chinese,
// and in production without "Did you mean …" (which lists the schema's names to whoever guesses).

const VARIABLE = /^Variable "\$([^"]+)"/

/**
 * A variable graphql-js could not coerce (wrong type, unknown input field such as `__proto__`,
 * an enum value that does not exist, a missing required one) as BAD_USER_INPUT; null for any
 * other error. Such errors have no path: they are about the request, not a field's resolver.
 */
export function variableMistake(error: unknown, production: boolean): GraphQLError | null {
  if (!error || typeof error !== 'object') return null
  const { message, path } = error as { message?: unknown; path?: unknown } // read as unknown, checked below
  const name = path === undefined && typeof message === 'string' ? VARIABLE.exec(message)?.[1] : undefined
  if (name === undefined) return null
  const detail = production ? {} : { detail: message }
  // Made by Yoga's copy of graphql: the answer's HTTP status is judged by `instanceof` against it.
  return createGraphQLError(`参数 $${name} 的值不符合要求`, { extensions: { code: 'BAD_USER_INPUT', field: name, ...detail } })
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g

/** The message without graphql-js's suggestions of similar names (fields, arguments, enum values, types). */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim()
}
