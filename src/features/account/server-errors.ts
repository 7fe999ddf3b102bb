import type { GraphQLErrorLike, OperationErrorLike } from '@/graphql/error-toast'
import { errorToastText } from '@/graphql/error-toast'

/** The first GraphQL error's code and field, and the Chinese text to show beside the form. */
export function formErrorOf(error: unknown): { code?: string; field?: string; text: string } {
  const failure: OperationErrorLike = typeof error === 'object' && error !== null ? error : {}
  const first: GraphQLErrorLike | undefined = failure.graphQLErrors?.[0]
  const code = first?.extensions?.code
  const field = first?.extensions?.field
  return {
    code: typeof code === 'string' ? code : undefined,
    field: typeof field === 'string' ? field : undefined,
    text: errorToastText(failure),
  }
}
