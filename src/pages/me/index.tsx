import { useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { MeOverviewDocument } from '@/pages/me/me.generated'
import { t } from '@/i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { SectionTitle } from '@/ui/SectionTitle'
import { showUnreadBadge, signOut } from './my-data'
import { ElderModeCard, HouseholdsSection, LinkCard, ViewerCard } from './sections'

const INBOX_PAGE = '/features/account/pages/inbox/index'
const WORKBENCH_PAGE = '/features/workbench/pages/index/index'
const PRIVACY_PAGE = '/features/account/pages/privacy/index'
const MY_DATA_PAGE = '/features/account/pages/my-data/index'

const open = (url: string) => () => void Taro.navigateTo({ url })

// 我的: who I am, my homes and claims, my messages, elder mode, my data, and for staff the workbench.
export default function MePage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const { data, error, refetch } = useQuery(MeOverviewDocument, { skip: !signedIn, fetchPolicy: 'cache-and-network' })
  const viewer = signedIn ? data?.viewer : null

  useDidShow(() => {
    if (signedIn) void refetch().catch(() => undefined)
  })
  const unread = viewer?.unreadCount ?? 0
  useEffect(() => showUnreadBadge(unread), [unread])

  let account
  if (!signedIn) account = <SignInPrompt redirect="/pages/me/index" />
  else if (!viewer && error)
    account = (
      <EmptyState title={t('me.error.title')} body={t('me.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch() }} />
    )
  else if (!viewer) account = <Skeleton rows={2} />
  else
    account = (
      <View>
        <ViewerCard viewer={viewer} />
        <LinkCard
          label={t('me.links.inbox')}
          detail={unread > 0 ? t('me.inbox.unread', { count: unread }) : t('me.inbox.none')}
          onTap={open(INBOX_PAGE)}
        />
        {viewer.isStaff ? <LinkCard label={t('me.links.workbench')} onTap={open(WORKBENCH_PAGE)} /> : null}
        <HouseholdsSection viewer={viewer} />
      </View>
    )

  return (
    <Page>
      {account}
      <SectionTitle>{t('me.elderMode.title')}</SectionTitle>
      <ElderModeCard />
      <SectionTitle>{t('me.data.title')}</SectionTitle>
      <LinkCard label={t('me.links.privacy')} onTap={open(PRIVACY_PAGE)} />
      {viewer ? (
        <View style={{ display: 'flex', flexDirection: 'column', gap: px(tokens.space.md) }}>
          <LinkCard label={t('me.links.myData')} onTap={open(MY_DATA_PAGE)} />
          <TapButton block variant="secondary" onTap={() => signOut()}>
            {t('me.signOut')}
          </TapButton>
        </View>
      ) : null}
    </Page>
  )
}
