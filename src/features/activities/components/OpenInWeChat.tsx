import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActivityShareLinkDocument } from '@/features/activities/activities.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { openExternal } from '../platform'

/** The browser outside development: signing up needs WeChat, so offer to open the mini-program at this activity. */
export function OpenInWeChat(props: { activityId: string }) {
  const tokens = useTokens()
  const [notConfigured, setNotConfigured] = useState(false)
  const [fetchLink, { loading }] = useMutation(ActivityShareLinkDocument)

  const open = async () => {
    const result = await fetchLink({ variables: { activityId: props.activityId } }).catch(() => null)
    if (!result?.data) return
    const link = result.data.shareLink
    if (!link) {
      setNotConfigured(true)
      return
    }
    openExternal(link)
  }

  return (
    <View style={{ marginBottom: px(tokens.space.md), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{t('activities.openInWeChat.body')}</Text>
      <TapButton block disabled={loading} onTap={() => open()}>
        {t('activities.openInWeChat.action')}
      </TapButton>
      {notConfigured ? (
        <View role="alert" style={{ marginTop: px(tokens.space.sm) }}>
          <Text style={{ fontWeight: 'bold' }}>{`⚠ ${t('activities.openInWeChat.notConfigured')}`}</Text>
        </View>
      ) : null}
    </View>
  )
}
