import { useMutation } from '@apollo/client/react'
import type { OperationVariables, TypedDocumentNode } from '@apollo/client/core'
import Taro from '@tarojs/taro'
import { ProposalDetailDocument } from '@/features/consult/consult.generated'

/**
 * A step on the detail page: the mutation, then the proposal read again (stage, tallies and
 * timeline all move together). Resolves with the answer, or null when it failed — the error link
 * has already told the resident why.
 */
export function useProposalStep<TData, TVars extends OperationVariables>(document: TypedDocumentNode<TData, TVars>) {
  const [mutate, { loading }] = useMutation(document, { refetchQueries: [ProposalDetailDocument], awaitRefetchQueries: true })
  const run = async (variables: TVars, done?: string): Promise<TData | null> => {
    const result = await mutate({ variables }).catch(() => null)
    if (!result?.data) return null
    if (done) void Taro.showToast({ title: done, icon: 'success', duration: 2000 })
    return result.data
  }
  return { run, loading }
}
