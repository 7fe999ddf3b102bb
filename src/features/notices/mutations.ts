import type { ApolloCache } from '@apollo/client/core'
import { useMutation } from '@apollo/client/react'
import { AcknowledgeNoticeDocument, MarkNoticeReadDocument, PublishNoticeDocument, UpdateNoticeDocument, WithdrawNoticeDocument } from '@/features/notices/notices.generated'

// One hook per mutation, each with what it does to the cache. Notice is normalised by id, so a
// mutation returning the changed fields updates every page showing that notice.

/** Lists and unread counts change when a notice appears or disappears: fetch them afresh. */
function forgetNoticeLists(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'notices' })
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'unreadNoticeCount' })
  cache.gc()
}

/** Records the read; quiet, since the resident did not ask for it. */
export function useMarkNoticeRead() {
  return useMutation(MarkNoticeReadDocument, {
    context: { silentErrors: true },
    update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'unreadNoticeCount' }),
  })
}

/** 我已阅读: the returned acknowledgedCount and viewerHasAcknowledged update the page in place. */
export function useAcknowledgeNotice() {
  return useMutation(AcknowledgeNoticeDocument, {
    update: (cache) => cache.evict({ id: 'ROOT_QUERY', fieldName: 'unreadNoticeCount' }),
  })
}

export function usePublishNotice() {
  return useMutation(PublishNoticeDocument, { update: forgetNoticeLists })
}

export function useUpdateNotice() {
  return useMutation(UpdateNoticeDocument)
}

export function useWithdrawNotice() {
  return useMutation(WithdrawNoticeDocument, { update: forgetNoticeLists })
}
