import { useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter, useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { NoticeDetailDocument } from '@/features/notices/notices.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { Page, TapButton, px, useTokens } from '@/ui'
import { NoticeArticle_NoticeFragmentDoc } from '../../components/NoticeArticle.generated'
import { NoticeDetailView } from '../../components/NoticeDetailView'
import { HOME_TAB, noticeDetailPath, noticeEditPath, signInPath } from '../../routes'

const goHome = () => void Taro.switchTab({ url: HOME_TAB })

// One notice. Opened from the list, from home, or from a card shared into a group chat — then it
// is the only page in the stack and offers the way home itself.
export default function NoticeDetailPage() {
  const tokens = useTokens()
  const id = useRouter().params.id ?? ''
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  const [onlyPage, setOnlyPage] = useState(false)
  // Same query as the view, read from the cache: the share card needs the title and cover.
  const { data, refetch } = useQuery(NoticeDetailDocument, { variables: { id }, fetchPolicy: 'cache-only', skip: !id })
  const notice = useFragment(NoticeArticle_NoticeFragmentDoc, data?.notice)

  useDidShow(() => {
    // Back from the sign-in page: the read, the acknowledgement and staff tools now apply.
    const nowSignedIn = getSessionToken() !== null
    if (nowSignedIn !== signedIn) setSignedIn(nowSignedIn)
    setOnlyPage(Taro.getCurrentPages().length === 1)
  })

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    // wx.showShareMenu takes `menus` (Taro's type only knows QQ's showShareItems); Taro passes it through.
    const options: Taro.showShareMenu.Option & { menus: string[] } = { withShareTicket: false, menus: ['shareAppMessage', 'shareTimeline'] }
    void Taro.showShareMenu(options).catch(() => undefined)
  }, [])

  useEffect(() => {
    if (notice?.title) void Taro.setNavigationBarTitle({ title: notice.title }).catch(() => undefined)
  }, [notice?.title])

  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: notice?.title ?? t('title.notices.detail'),
    path: noticeDetailPath(id),
    imageUrl: notice?.cover?.url ?? undefined,
  }))

  useShareTimeline(() => ({
    title: notice?.title ?? t('title.notices.detail'),
    query: `id=${encodeURIComponent(id)}`,
    imageUrl: notice?.cover?.url ?? undefined,
  }))

  return (
    <Page>
      {onlyPage ? (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <TapButton variant="secondary" onTap={goHome}>
            {t('notices.detail.backHome')}
          </TapButton>
        </View>
      ) : null}
      <NoticeDetailView
        id={id}
        signedIn={signedIn}
        onHome={goHome}
        onSignIn={() => void Taro.navigateTo({ url: signInPath(noticeDetailPath(id)) })}
        onEdit={(noticeId) => void Taro.navigateTo({ url: noticeEditPath(noticeId) })}
      />
    </Page>
  )
}
