import { useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import { NoticeDetailDocument } from '@/features/notices/notices.generated'
import { t } from '../i18n'
import { EmptyState, Skeleton, TapButton, px, useTokens } from '@/ui'
import { useMarkNoticeRead } from '../mutations'
import { AcknowledgePanel } from './AcknowledgePanel'
import { AcknowledgementFigures } from './AcknowledgementFigures'
import { NoticeArticle } from './NoticeArticle'

export interface NoticeDetailViewProps {
  id: string
  signedIn: boolean
  onSignIn: () => void
  onEdit: (id: string) => void
  onHome: () => void
}

/**
 * Everything below the navigation bar of the detail page: the notice, "我已阅读" where it is
 * asked for, and for its editors the edit button and the figures by building. Opening it signed
 * in records the read, once.
 */
export function NoticeDetailView(props: NoticeDetailViewProps) {
  const tokens = useTokens()
  const { data, error, loading, refetch } = useQuery(NoticeDetailDocument, {
    variables: { id: props.id },
    // The list may have cached this notice; its counts and marks are worth fetching afresh.
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const notice = data?.notice
  const [markRead] = useMarkNoticeRead()
  const markedFor = useRef<string | null>(null)
  const signedInBefore = useRef(props.signedIn)

  useEffect(() => {
    // Signed in (or out) since the notice was fetched: its marks and staff tools are about the viewer.
    if (signedInBefore.current === props.signedIn) return
    signedInBefore.current = props.signedIn
    refetch().catch(() => undefined)
  }, [props.signedIn, refetch])

  useEffect(() => {
    if (!props.signedIn || !notice || notice.viewerHasRead) return
    if (markedFor.current === notice.id) return
    markedFor.current = notice.id
    markRead({ variables: { id: notice.id } }).catch(() => undefined)
  }, [props.signedIn, notice, markRead])

  if (notice === undefined) {
    if (error && !loading) {
      return (
        <EmptyState
          title={t('notices.detail.error.title')}
          body={t('notices.detail.error.body')}
          action={{ label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) }}
        />
      )
    }
    return <Skeleton rows={2} />
  }

  if (notice === null) {
    return (
      <EmptyState
        title={t('notices.detail.missing.title')}
        body={t('notices.detail.missing.body')}
        action={{ label: t('notices.detail.backHome'), onTap: props.onHome }}
      />
    )
  }

  const action = notice.action
  return (
    <View>
      <NoticeArticle notice={notice} />
      {action ? (
        // Rich text cannot link inside the mini-program: a notice's page (a 收支公开 statement) is a button.
        <View style={{ marginTop: px(tokens.space.md) }}>
          <TapButton block onTap={() => void Taro.navigateTo({ url: action.path })}>{action.label}</TapButton>
        </View>
      ) : null}
      <AcknowledgePanel notice={notice} signedIn={props.signedIn} onSignIn={props.onSignIn} />
      {props.signedIn && notice.viewerCanEdit ? (
        <View style={{ marginTop: px(tokens.space.lg) }}>
          <TapButton variant="secondary" block onTap={() => props.onEdit(notice.id)}>
            {t('notices.detail.edit')}
          </TapButton>
          {/* The lobby poster with the notice's mini-program code (features/open). */}
          <TapButton variant="secondary" block onTap={() => void Taro.navigateTo({ url: `/features/open/pages/poster/index?kind=NOTICE&id=${encodeURIComponent(notice.id)}` })}>
            {t('notices.detail.poster')}
          </TapButton>
          {notice.requiresAck ? <AcknowledgementFigures noticeId={notice.id} /> : null}
        </View>
      ) : null}
    </View>
  )
}
