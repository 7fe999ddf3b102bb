import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { NoticeListItem } from '@/features/notices/components/NoticeListItem'
import { noticeDetailPath } from '@/features/notices/routes'
import { HomeCommunityDocument, HomeUnreadCountDocument } from '@/pages/home/home.generated'
import { NoticesListDocument } from '@/features/notices/notices-list.generated'
import { getSessionToken } from '@/graphql/session'
import { t } from '@/i18n'
import { EmptyState, Page, Skeleton, px, useTokens } from '@/ui'
import { IssueFiguresCard } from '@/features/issues/components/IssueFiguresCard'
import { CommunityBanner } from './CommunityBanner'
import { ServiceGrid } from './ServiceGrid'
import { pickHomeCommunity } from './home-community'

const PINNED_COUNT = 5

function openNotice(id: string) {
  void Taro.navigateTo({ url: noticeDetailPath(id) })
}

// Home: the viewer's community, its pinned notices, what is still unread, and the ways into the
// notices. Fetched afresh each time the tab shows, so reads elsewhere are reflected here.
export default function HomePage() {
  const tokens = useTokens()
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  const shownBefore = useRef(false)

  const home = useQuery(HomeCommunityDocument, { context: { silentErrors: true } })
  const community = home.data ? pickHomeCommunity(home.data.viewer?.homeCommunity, home.data.communities) : null
  const communityId = community?.id
  const pinned = useQuery(NoticesListDocument, {
    variables: { communityId, pinned: true, first: PINNED_COUNT },
    skip: !communityId,
    context: { silentErrors: true },
  })
  const unread = useQuery(HomeUnreadCountDocument, {
    variables: { communityId: communityId ?? '' },
    skip: !communityId || !signedIn,
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })

  const refresh = () =>
    Promise.all([
      home.refetch(),
      communityId ? pinned.refetch() : null,
      communityId && signedIn ? unread.refetch() : null,
    ]).catch(() => undefined)

  useDidShow(() => {
    setSignedIn(getSessionToken() !== null)
    // The first show is the first fetch; later shows (back from a notice, a new sign-in) refresh.
    if (shownBefore.current) void refresh()
    shownBefore.current = true
  })

  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh())
  })

  const text = { color: tokens.color.text, lineHeight: tokens.lineHeight }
  const failed = (home.error && !home.data) || (pinned.error && !pinned.data)
  const pinnedNotices = pinned.data?.notices.edges.map((edge) => edge.node)
  const unreadCount = signedIn ? unread.data?.unreadNoticeCount : undefined

  return (
    <Page>
      <CommunityBanner
        name={community ? community.name : t('home.greeting')}
        intro={community ? t('home.banner.motto') : t('home.community.loading')}
        unread={unreadCount === undefined ? undefined : unreadCount > 0 ? t('home.unread', { count: unreadCount }) : t('home.allRead')}
        unreadStrong={(unreadCount ?? 0) > 0}
      />
      <ServiceGrid communityId={communityId} />
      {communityId ? (
        <View style={{ marginTop: px(tokens.space.md) }}>
          <IssueFiguresCard communityId={communityId} />
        </View>
      ) : null}

      <View style={{ marginTop: px(tokens.space.lg), marginBottom: px(tokens.space.sm) }}>
        <Text style={{ ...text, fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('home.pinned.title')}</Text>
      </View>
      {failed ? (
        <EmptyState
          title={t('home.error.title')}
          body={t('home.error.body')}
          action={{ label: t('common.retry'), onTap: () => void refresh() }}
        />
      ) : !pinnedNotices ? (
        <Skeleton rows={2} />
      ) : pinnedNotices.length === 0 ? (
        <EmptyState title={t('home.pinned.empty.title')} body={t('home.pinned.empty.body')} />
      ) : (
        pinnedNotices.map((notice) => (
          <NoticeListItem key={notice.id} notice={notice} signedIn={signedIn} onOpen={openNotice} />
        ))
      )}
    </Page>
  )
}
