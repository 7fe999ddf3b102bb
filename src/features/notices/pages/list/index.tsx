import { NetworkStatus } from '@apollo/client/core'
import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import type { NoticeCategory } from '@/graphql/generated/graphql'
import { NoticesListDocument } from '@/features/notices/notices-list.generated'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useListWindow, useTokens } from '@/ui'
import { categoryLabel, parseCategory } from '../../categories'
import { CategoryTabs } from '../../components/CategoryTabs'
import { NoticeListItem } from '../../components/NoticeListItem'
import { SearchBar } from '../../components/SearchBar'
import { useNoticesViewer } from '../../hooks/useNoticesViewer'
import { noticeDetailPath, noticeEditPath } from '../../routes'

const PAGE_SIZE = 20
/** A notice card's usual height in px (category line, title, three lines of summary, read count). */
const NOTICE_HEIGHT = 190
const NOTICE_HEIGHT_ELDER = 270

function openNotice(id: string) {
  void Taro.navigateTo({ url: noticeDetailPath(id) })
}

function emptyStateText(search: string, category: NoticeCategory | null): { title: string; body: string } {
  if (search) return { title: t('notices.search.empty.title', { query: search }), body: t('notices.search.empty.body') }
  if (category) return { title: t('notices.category.empty.title', { category: categoryLabel(category) }), body: t('notices.category.empty.body') }
  return { title: t('notices.empty.title'), body: t('notices.empty.body') }
}

// The notices list: category tabs (廉洁文化 first), search on submit, pinned first then newest;
// pull to refresh, next page on reaching the bottom. Links may set ?category= and ?communityId=.
export default function NoticesListPage() {
  const tokens = useTokens()
  const params = useRouter().params
  const communityId = params.communityId || undefined
  const [category, setCategory] = useState<NoticeCategory | null>(() => parseCategory(params.category))
  const [search, setSearch] = useState('')
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  const { canPublish } = useNoticesViewer(signedIn)

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(NoticesListDocument, {
    variables: { first: PAGE_SIZE, communityId, category: category ?? undefined, search: search || undefined },
    notifyOnNetworkStatusChange: true,
  })
  const connection = data?.notices
  const notices = connection?.edges.map((edge) => edge.node) ?? []
  // Long lists draw only the notices near the screen (WeChat warns past 1,000 nodes).
  const shown = useListWindow(notices, tokens.mode === 'elder' ? NOTICE_HEIGHT_ELDER : NOTICE_HEIGHT)

  useDidShow(() => {
    const nowSignedIn = getSessionToken() !== null
    if (nowSignedIn !== signedIn) setSignedIn(nowSignedIn)
  })

  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  useReachBottom(() => {
    if (!connection?.pageInfo.hasNextPage || networkStatus === NetworkStatus.fetchMore) return
    void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).catch(() => undefined)
  })

  const header = (
    <View>
      {canPublish ? (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton block onTap={() => void Taro.navigateTo({ url: noticeEditPath(undefined, communityId) })}>
            {t('notices.publish')}
          </TapButton>
        </View>
      ) : null}
      <CategoryTabs selected={category} onSelect={setCategory} />
      <SearchBar query={search} onSearch={setSearch} />
      {search ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
            {t('notices.search.showing', { query: search })}
          </Text>
        </View>
      ) : null}
    </View>
  )
  const frame = (body: ReactNode) => (
    <Page>
      {header}
      {body}
    </Page>
  )

  if (!connection) {
    if (error && networkStatus !== NetworkStatus.refetch) {
      return frame(
        <EmptyState
          title={t('notices.error.title')}
          body={t('notices.error.body')}
          action={{ label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) }}
        />,
      )
    }
    return frame(<Skeleton rows={4} />)
  }

  if (notices.length === 0) {
    const empty = emptyStateText(search, category)
    const action = search
      ? { label: t('notices.search.clear'), onTap: () => setSearch('') }
      : category
        ? { label: t('notices.category.all'), onTap: () => setCategory(null) }
        : undefined
    return frame(<EmptyState title={empty.title} body={empty.body} action={action} />)
  }

  const footer =
    networkStatus === NetworkStatus.fetchMore
      ? t('notices.loadingMore')
      : connection.pageInfo.hasNextPage
        ? ''
        : t('notices.end')
  // The items live in a container of their own, so a next page is appended to it (WeChat gets
  // only the new items), not inserted before the footer (which would resend the whole list).
  return frame(
    <View>
      {shown.spaceBefore ? <View style={{ height: px(shown.spaceBefore) }} /> : null}
      <View>
        {shown.items.map((notice) => (
          <NoticeListItem key={notice.id} notice={notice} signedIn={signedIn} onOpen={openNotice} />
        ))}
      </View>
      {shown.spaceAfter ? <View style={{ height: px(shown.spaceAfter) }} /> : null}
      {footer ? (
        <View style={{ padding: px(tokens.space.md), textAlign: 'center' }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{footer}</Text>
        </View>
      ) : null}
    </View>,
  )
}
