import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { NoticeAckStateFragmentDoc } from '@/features/notices/notices.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { useAcknowledgeNotice } from '../mutations'

export interface AcknowledgePanelProps {
  notice: FragmentType<typeof NoticeAckStateFragmentDoc>
  signedIn: boolean
  /** Where a signed-out resident goes to sign in first. */
  onSignIn: () => void
}

/**
 * "我已阅读" on a notice that asks for it. The count and the button's state come from the cache,
 * which the mutation's answer updates, so both change in place.
 */
export function AcknowledgePanel(props: AcknowledgePanelProps) {
  const tokens = useTokens()
  const notice = useFragment(NoticeAckStateFragmentDoc, props.notice)
  const [acknowledge, { loading }] = useAcknowledgeNotice()
  if (!notice.requiresAck) return null

  const done = props.signedIn && notice.viewerHasAcknowledged
  const onTap = () => {
    if (!props.signedIn) return props.onSignIn()
    // On failure the error link has already told the resident why, in Chinese.
    acknowledge({ variables: { id: notice.id } }).catch(() => undefined)
  }

  return (
    <View
      style={{
        marginTop: px(tokens.space.lg),
        padding: px(tokens.space.lg),
        borderRadius: px(tokens.radius),
        border: `1px solid ${tokens.color.border}`,
        backgroundColor: tokens.color.surface,
      }}
    >
      {done ? null : (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.text, lineHeight: tokens.lineHeight }}>
            {t('notices.ack.hint')}
          </Text>
        </View>
      )}
      {done ? (
        <View style={{ display: 'flex', alignItems: 'center', minHeight: px(tokens.tapTarget) }}>
          {/* A tick and the words: the state is never told by colour alone. */}
          <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}>
            {'✓ '}
          </Text>
          <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}>
            {t('notices.ack.done')}
          </Text>
        </View>
      ) : (
        <TapButton block loading={loading} disabled={loading} onTap={onTap}>
          {props.signedIn ? t('notices.ack.button') : t('notices.ack.signIn')}
        </TapButton>
      )}
      <View style={{ marginTop: px(tokens.space.sm) }}>
        <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }}>
          {t('notices.ack.count', { count: notice.acknowledgedCount })}
        </Text>
      </View>
    </View>
  )
}
