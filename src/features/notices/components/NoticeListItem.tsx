import { Image, Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { NoticeListItem_NoticeFragment } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { Card, CategoryMark, px, useTokens } from '@/ui'
import { noticeCategoryIcons } from '@/ui/icons/categories'
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

/** One notice in a list: category with its icon, title, summary beside its cover, and its state in words. */
export function NoticeListItem(props: { notice: FragmentType<typeof NoticeListItem_NoticeFragmentDoc>; signedIn: boolean; onOpen: (id: string) => void }) {
  const tokens = useTokens()
  const notice = useFragment(NoticeListItem_NoticeFragmentDoc, props.notice)
  const muted = { fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }
  return (
    <Card onTap={() => props.onOpen(notice.id)} label={notice.title}>
      {notice.cover?.url && tokens.mode === 'elder' ? (
        // Elder mode has one column: the picture goes on top, wide.
        <Image src={notice.cover.url} mode="aspectFill" aria-hidden="true" style={{ display: 'block', width: '100%', height: px(150), marginBottom: px(tokens.space.sm), borderRadius: px(tokens.radius), backgroundColor: tokens.color.skeleton }} />
      ) : null}
      <View style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: px(tokens.space.xs) }}>
        <CategoryMark icon={noticeCategoryIcons[notice.category]} label={t(`notices.category.${notice.category}`)} />
        {noticeBadges(notice, props.signedIn).map((badge) => (
          <Text key={badge} style={muted}>
            {`· ${badge}`}
          </Text>
        ))}
      </View>
      <View style={{ display: 'flex', gap: px(tokens.space.md), marginTop: px(tokens.space.xs), alignItems: 'flex-start' }}>
        <View style={{ flex: 1, minWidth: 0 }}>
          <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', lineHeight: tokens.lineHeight }}>
            {notice.title}
          </Text>
          <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.body), color: tokens.color.text, lineHeight: tokens.lineHeight }}>
            {notice.summary}
          </Text>
        </View>
        {notice.cover?.url && tokens.mode !== 'elder' ? (
          <Image src={notice.cover.url} mode="aspectFill" aria-hidden="true" style={{ width: px(96), height: px(72), flexShrink: 0, borderRadius: px(tokens.radius), backgroundColor: tokens.color.skeleton }} />
        ) : null}
      </View>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={muted}>{t('notices.readCount', { count: notice.readCount })}</Text>
      </View>
    </Card>
  )
}
