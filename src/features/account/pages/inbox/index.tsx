import { NetworkStatus } from '@apollo/client/core'
import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { InboxDocument, MarkAllInboxReadDocument, MarkInboxReadDocument } from '@/features/account/account.generated'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { InboxItem, type InboxLine, type InboxMessage } from '../../components/InboxItem'
import { SignInPrompt } from '../../components/SignInPrompt'
import { NOTIFICATION_SETTINGS_PAGE, routeForSubject } from '../../inbox-route'
import { navigate } from '../../navigate'
import { useSignedIn } from '../../session-state'

const PAGE_SIZE = 20

// 我的消息: newest first; tap marks read and opens what the message is about.
export default function InboxPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(InboxDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    skip: !signedIn,
  })
  const [markRead] = useMutation(MarkInboxReadDocument)
  const [markAllRead, markAll] = useMutation(MarkAllInboxReadDocument)
  const viewer = data?.viewer
  const inbox = viewer?.inbox

  useDidShow(() => {
    if (signedIn) void refetch().catch(() => undefined)
  })
  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    if (!inbox?.pageInfo.hasNextPage || networkStatus === NetworkStatus.fetchMore) return
    void fetchMore({
      variables: { after: inbox.pageInfo.endCursor },
      // Viewer.inbox has no field policy in the shared cache: append the page here.
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.viewer || !fetchMoreResult.viewer) return previous
        return {
          viewer: {
            ...fetchMoreResult.viewer,
            inbox: {
              ...fetchMoreResult.viewer.inbox,
              edges: [...previous.viewer.inbox.edges, ...fetchMoreResult.viewer.inbox.edges],
            },
          },
        }
      },
    })
  })

  const open = (message: InboxMessage) => {
    if (!message.read) {
      void markRead({
        variables: { ids: [message.id] },
        update(cache) {
          cache.modify({ id: cache.identify(message), fields: { read: () => true } })
          if (viewer) cache.modify({ id: cache.identify(viewer), fields: { unreadCount: (n: number) => Math.max(0, n - 1) } })
        },
      })
    }
    const route = routeForSubject(message.subjectType, message.subjectId)
    if (route) navigate(route)
  }
  const openLine = (message: InboxMessage, line: InboxLine) => {
    open({ ...message, subjectType: line.subjectType, subjectId: line.subjectId })
  }

  const readAll = async () => {
    await markAllRead()
    await refetch()
    void Taro.showToast({ title: t('account.inbox.markAllDone'), icon: 'success' })
  }

  if (!signedIn) return <Page>{<SignInPrompt />}</Page>
  if (!viewer || !inbox) {
    return (
      <Page>
        {error ? (
          <EmptyState
            title={t('account.inbox.error.title')}
            body={t('account.inbox.error.body')}
            action={{ label: t('common.retry'), onTap: () => void refetch() }}
          />
        ) : (
          <Skeleton rows={4} />
        )}
      </Page>
    )
  }
  if (inbox.edges.length === 0) {
    return (
      <Page>
        <EmptyState title={t('account.inbox.empty.title')} body={t('account.inbox.empty.body')} />
      </Page>
    )
  }

  const footer =
    networkStatus === NetworkStatus.fetchMore ? t('account.inbox.loadingMore') : inbox.pageInfo.hasNextPage ? '' : t('account.inbox.end')
  return (
    <Page>
      <View
        style={{
          display: 'flex',
          flexDirection: tokens.columns === 1 ? 'column' : 'row',
          justifyContent: 'space-between',
          alignItems: tokens.columns === 1 ? 'stretch' : 'center',
          gap: px(tokens.space.sm),
          marginBottom: px(tokens.space.md),
        }}
      >
        <Text style={{ fontWeight: 'bold' }}>
          {viewer.unreadCount > 0 ? t('account.inbox.unreadCount', { count: viewer.unreadCount }) : t('account.inbox.allRead')}
        </Text>
        <TapButton variant="secondary" onTap={() => navigate({ method: 'navigateTo', url: NOTIFICATION_SETTINGS_PAGE })}>
          {t('account.notifications.open')}
        </TapButton>
        {viewer.unreadCount > 0 ? (
          <TapButton variant="secondary" loading={markAll.loading} disabled={markAll.loading} onTap={() => readAll()}>
            {t('account.inbox.markAll')}
          </TapButton>
        ) : null}
      </View>
      {inbox.edges.map(({ node }) => (
        <InboxItem key={node.id} message={node} onOpen={open} onOpenLine={openLine} />
      ))}
      {footer ? (
        <View style={{ padding: px(tokens.space.md), textAlign: 'center' }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{footer}</Text>
        </View>
      ) : null}
    </Page>
  )
}
