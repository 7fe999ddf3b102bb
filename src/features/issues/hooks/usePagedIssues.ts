import { NetworkStatus } from '@apollo/client/core'
import { useQuery } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import type { IssueFilter } from '@/graphql/generated/graphql'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { IssueListBody_ConnectionFragmentDoc } from '@/features/issues/components/IssueListBody.generated'
import { IssuesListDocument, WorkbenchIssuesDocument } from '@/features/issues/hooks/usePagedIssues.generated'
import { appendPage } from '../paging'

const PAGE_SIZE = 20

export type IssueListSource = 'issues' | 'workbench'

/**
 * One list of issues with the page's pull-to-refresh and next-page-at-the-bottom wired in.
 * `issues` is what the viewer may see; `workbench` is the staff queue. Errors are the page's to show.
 */
export function usePagedIssues(source: IssueListSource, filter: IssueFilter, skip: boolean) {
  const common = {
    variables: { filter, first: PAGE_SIZE },
    skip,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network' as const,
    nextFetchPolicy: 'cache-first' as const,
    context: { silentErrors: true },
  }
  const mine = useQuery(IssuesListDocument, { ...common, skip: skip || source !== 'issues' })
  const staff = useQuery(WorkbenchIssuesDocument, { ...common, skip: skip || source !== 'workbench' })
  const active = source === 'issues' ? mine : staff
  const connection = useFragment(IssueListBody_ConnectionFragmentDoc, source === 'issues' ? mine.data?.issues : staff.data?.workbenchIssues)
  const networkStatus = active.networkStatus

  const refresh = () => active.refetch().then(() => undefined, () => undefined)

  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage || networkStatus === NetworkStatus.fetchMore) return
    const after = connection.pageInfo.endCursor
    if (source === 'issues') {
      void mine.fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, issues: appendPage(prev.issues, fetchMoreResult.issues) }) }).catch(() => undefined)
    } else {
      void staff
        .fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, workbenchIssues: appendPage(prev.workbenchIssues, fetchMoreResult.workbenchIssues) }) })
        .catch(() => undefined)
    }
  }

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(loadMore)

  return {
    issues: connection?.edges.map((e) => e.node) ?? [],
    connection,
    error: active.error,
    loadingFirst: !connection && (active.loading || skip),
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    refresh,
  }
}
