import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { InboxItem_MessageFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { Card, px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { InboxItem_MessageFragmentDoc } from './InboxItem.generated'

export type InboxMessage = InboxItem_MessageFragment

/** One message; unread ones carry a dot AND the word 未读, never colour alone. */
export function InboxItem(props: { message: FragmentType<typeof InboxItem_MessageFragmentDoc>; onOpen(message: InboxMessage): void }) {
  const tokens = useTokens()
  const message = useFragment(InboxItem_MessageFragmentDoc, props.message)
  return (
    <Card onTap={() => props.onOpen(message)}>
      <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.sm) }}>
        {message.read ? null : (
          <View
            aria-hidden
            style={{ width: px(10), height: px(10), borderRadius: px(5), flexShrink: 0, backgroundColor: tokens.color.primary }}
          />
        )}
        {message.read ? null : (
          <Text style={{ color: tokens.color.primary, fontSize: px(tokens.font.small), fontWeight: 'bold', flexShrink: 0 }}>
            {t('account.inbox.unread')}
          </Text>
        )}
        <Text style={{ fontSize: px(tokens.font.title), fontWeight: message.read ? 'normal' : 'bold' }}>{message.title}</Text>
      </View>
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{message.body}</Text>
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {formatFull(message.createdAt)}
      </Text>
    </Card>
  )
}
