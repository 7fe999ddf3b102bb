import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { NoticeListItem_NoticeFragment } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { Card, px, useTokens } from '@/ui'
import { NoticeListItem_NoticeFragmentDoc } from './NoticeListItem.generated'

export type NoticeListNode = NoticeListItem_NoticeFragment

/**
 * Words for a notice's state; shown as text so nothing is told by colour alone. Read and
 * acknowledged are about the viewer, so a signed-out visitor sees neither.
 */
export function noticeBadges(notice: NoticeListNode, signedIn: boolean): string[] {
  const badges: string[] = []
  if (notice.pinned) badges.push(t('notices.pinned'))
  if (!signedIn) return badges
  if (!notice.viewerHasRead) badges.push(t('notices.unread'))
  if (notice.requiresAck) badges.push(t(notice.viewerHasAcknowledged ? 'notices.acknowledged' : 'notices.needsAck'))
  return badges
}

/** One notice in a list: category, title, summary, and its state in words. */
export function NoticeListItem(props: { notice: FragmentType<typeof NoticeListItem_NoticeFragmentDoc>; signedIn: boolean; onOpen: (id: string) => void }) {
  const tokens = useTokens()
  const notice = useFragment(NoticeListItem_NoticeFragmentDoc, props.notice)
  const muted = { fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }
  return (
    <Card onTap={() => props.onOpen(notice.id)}>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        <Text style={{ ...muted, color: tokens.color.primary }}>{t(`notices.category.${notice.category}`)}</Text>
        {noticeBadges(notice, props.signedIn).map((badge) => (
          <Text key={badge} style={muted}>
            {`· ${badge}`}
          </Text>
        ))}
      </View>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={{ fontSize: px(tokens.font.title), fontWeight: 'bold', lineHeight: tokens.lineHeight }}>
          {notice.title}
        </Text>
      </View>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.text, lineHeight: tokens.lineHeight }}>
          {notice.summary}
        </Text>
      </View>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={muted}>{t('notices.readCount', { count: notice.readCount })}</Text>
      </View>
    </Card>
  )
}
