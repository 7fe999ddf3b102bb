import { NetworkStatus } from '@apollo/client/core'
import { useQuery } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { appendPage } from '@/features/issues/paging'
import type { ProposalFilter } from '@/graphql/generated/graphql'
import { ProposalListDocument } from '@/features/consult/hooks/usePagedProposals.generated'

const PAGE_SIZE = 20

/** The proposals the viewer may see, with pull-to-refresh and the next page at the bottom. */
export function usePagedProposals(filter: ProposalFilter, skip: boolean) {
  const query = useQuery(ProposalListDocument, {
    variables: { filter, first: PAGE_SIZE },
    skip,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    context: { silentErrors: true },
  })
  const connection = query.data?.proposals
  const refresh = () => query.refetch().then(() => undefined, () => undefined)
  const loadMore = () => {
    if (!connection?.pageInfo.hasNextPage || query.networkStatus === NetworkStatus.fetchMore) return
    void query
      .fetchMore({ variables: { after: connection.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, proposals: appendPage(prev.proposals, fetchMoreResult.proposals) }) })
      .catch(() => undefined)
  }
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(loadMore)
  return {
    proposals: connection?.edges.map((e) => e.node) ?? [],
    connection,
    error: query.error,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    refresh,
  }
}
