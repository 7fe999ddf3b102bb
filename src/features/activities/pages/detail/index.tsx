import { useApolloClient } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { goToSignIn, useSignedIn } from '@/features/account/session-state'
import { ActivityDetailDocument } from '@/features/activities/activities.generated'
import { t } from '../../i18n'
import { BackHome, Page } from '@/ui'
import { ActivityDetailScreen } from '../../components/ActivityDetailScreen'
import { ACTIVITIES_TAB, activityDetailPath } from '../../routes'

// One activity, opened from the tab, the inbox, or a card shared into a group chat (then it is
// the only page in the stack, and the empty state offers the way to the 活动 tab).
export default function ActivityDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const client = useApolloClient()
  const signedIn = useSignedIn()
  const [arrivedSignedOut] = useState(() => !signedIn)

  usePullDownRefresh(() => {
    void client
      .refetchQueries({ include: [ActivityDetailDocument] })
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => {
    // readQuery hands back the whole cached activity, fragments included.
    const card = client.readQuery({ query: ActivityDetailDocument, variables: { id } })?.activity
    return {
      title: card ? t('activities.share.title', { title: card.title }) : t('activities.title.detail'),
      path: activityDetailPath(id),
      imageUrl: card?.cover?.url ?? undefined,
    }
  })

  return (
    <Page>
      <BackHome />
      <ActivityDetailScreen
        id={id}
        signedIn={signedIn}
        justSignedIn={signedIn && (arrivedSignedOut || params.signup === '1')}
        // Back here afterwards, ready to sign up.
        onSignIn={() => goToSignIn(activityDetailPath(id, true))}
        onBackToTab={() => void Taro.switchTab({ url: ACTIVITIES_TAB })}
      />
    </Page>
  )
}
