import { NetworkStatus } from '@apollo/client/core'
import { useQuery } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { appendPage } from '@/features/issues/paging'
import type { ActivityFilter } from '@/graphql/generated/graphql'
import { ActivitiesListDocument, MyRegistrationsDocument } from '@/features/activities/hooks/usePagedActivities.generated'

const PAGE_SIZE = 20

export type ActivityListSource = 'community' | 'mine'

/**
 * The 活动 tab's two lists — the community's activities, or my registrations — with the page's
 * pull-to-refresh and next-page-at-the-bottom wired to whichever is shown. Errors are the page's to show.
 */
export function usePagedActivities(source: ActivityListSource, filter: ActivityFilter | null, signedIn: boolean) {
  const common = {
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network' as const,
    nextFetchPolicy: 'cache-first' as const,
    context: { silentErrors: true },
  }
  const community = useQuery(ActivitiesListDocument, { ...common, variables: { filter, first: PAGE_SIZE }, skip: source !== 'community' || !filter })
  const mine = useQuery(MyRegistrationsDocument, { ...common, variables: { first: PAGE_SIZE }, skip: source !== 'mine' || !signedIn })
  const active = source === 'community' ? community : mine
  const pageInfo = source === 'community' ? community.data?.activities.pageInfo : mine.data?.myRegistrations.pageInfo
  const fetchingMore = active.networkStatus === NetworkStatus.fetchMore

  const refresh = () => active.refetch().then(() => undefined, () => undefined)

  const loadMore = () => {
    if (!pageInfo?.hasNextPage || fetchingMore) return
    const after = pageInfo.endCursor
    if (source === 'community') {
      void community
        .fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, activities: appendPage(prev.activities, fetchMoreResult.activities) }) })
        .catch(() => undefined)
    } else {
      void mine
        .fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, myRegistrations: appendPage(prev.myRegistrations, fetchMoreResult.myRegistrations) }) })
        .catch(() => undefined)
    }
  }

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(loadMore)

  const loaded = source === 'community' ? community.data !== undefined : mine.data !== undefined
  return {
    activities: community.data?.activities.edges.map((e) => e.node) ?? [],
    registrations: mine.data?.myRegistrations.edges.map((e) => e.node) ?? [],
    error: loaded ? undefined : active.error,
    loadingFirst: !loaded && (active.loading || (source === 'community' && !filter)),
    loadingMore: fetchingMore,
    hasNextPage: pageInfo?.hasNextPage ?? false,
    refresh,
  }
}
