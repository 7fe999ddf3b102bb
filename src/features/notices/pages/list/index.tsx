import { NetworkStatus } from '@apollo/client/core'
import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { NoticesListDocument } from '@/graphql/generated/graphql'
import { getSessionToken } from '@/graphql/session'
import { t } from '@/i18n'
import { EmptyState, Page, Skeleton, px, useTokens } from '@/ui'
import { NoticeListItem } from '../../components/NoticeListItem'

const PAGE_SIZE = 20

function openNotice(id: string) {
  void Taro.navigateTo({ url: `/features/notices/pages/detail/index?id=${encodeURIComponent(id)}` })
}

// The notices list: pinned first, then newest; pull to refresh, next page on reaching the bottom.
// Category filter and search come with the notices journey.
export default function NoticesListPage() {
  const tokens = useTokens()
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(NoticesListDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  })
  const connection = data?.notices
  const signedIn = getSessionToken() !== null

  usePullDownRefresh(() => {
    void refetch().finally(() => Taro.stopPullDownRefresh())
  })

  useReachBottom(() => {
    if (!connection?.pageInfo.hasNextPage || networkStatus === NetworkStatus.fetchMore) return
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } })
  })

  if (!connection) {
    if (error) {
      return (
        <Page>
          <EmptyState
            title={t('notices.error.title')}
            body={t('notices.error.body')}
            action={{ label: t('common.retry'), onTap: () => void refetch() }}
          />
        </Page>
      )
    }
    return (
      <Page>
        <Skeleton rows={4} />
      </Page>
    )
  }

  if (connection.edges.length === 0) {
    return (
      <Page>
        <EmptyState title={t('notices.empty.title')} body={t('notices.empty.body')} />
      </Page>
    )
  }

  const footer =
    networkStatus === NetworkStatus.fetchMore
      ? t('notices.loadingMore')
      : connection.pageInfo.hasNextPage
        ? ''
        : t('notices.end')
  return (
    <Page>
      {connection.edges.map(({ node }) => (
        <NoticeListItem key={node.id} notice={node} signedIn={signedIn} onOpen={openNotice} />
      ))}
      {footer ? (
        <View style={{ padding: px(tokens.space.md), textAlign: 'center' }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{footer}</Text>
        </View>
      ) : null}
    </Page>
  )
}
