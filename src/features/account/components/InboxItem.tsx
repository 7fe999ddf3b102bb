import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { InboxItem_MessageFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { Card, px, tapLabel, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { InboxItem_MessageFragmentDoc } from './InboxItem.generated'

export type InboxMessage = InboxItem_MessageFragment
export type InboxLine = InboxMessage['lines'][number]

/** One message; unread ones carry a dot AND the word 未读, never colour alone. */
export function InboxItem(props: { message: FragmentType<typeof InboxItem_MessageFragmentDoc>; onOpen(message: InboxMessage): void; onOpenLine?(message: InboxMessage, line: InboxLine): void }) {
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
      {message.lines.length ? (
        // A digest: each line its own subject, tapped on its own.
        message.lines.map((line) => (
          <View
            key={line.id}
            style={{ marginTop: px(tokens.space.xs), paddingTop: px(tokens.space.xs), borderTop: `1px solid ${tokens.color.border}` }}
            {...tapLabel(`${line.title} ${line.body}`)}
            onClick={(e) => {
              e.stopPropagation()
              props.onOpenLine?.(message, line)
            }}
          >
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{line.title}</Text>
            <Text style={{ display: 'block', color: tokens.color.textMuted }}>{line.body}</Text>
          </View>
        ))
      ) : (
        <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{message.body}</Text>
      )}
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {formatFull(message.createdAt)}
      </Text>
    </Card>
  )
}
