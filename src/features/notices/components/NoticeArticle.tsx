import { Image, RichText, Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { categoryLabel } from '../categories'
import { formatFull } from '@/lib/beijing-time'
import { NoticeArticle_NoticeFragmentDoc } from './NoticeArticle.generated'

/** The notice itself: category, title, dates, audience, cover, the body as rich text, reads. */
export function NoticeArticle(props: { notice: FragmentType<typeof NoticeArticle_NoticeFragmentDoc> }) {
  const tokens = useTokens()
  const notice = useFragment(NoticeArticle_NoticeFragmentDoc, props.notice)
  const muted = { fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }
  const facts = [
    categoryLabel(notice.category),
    notice.pinned ? t('notices.pinned') : null,
    notice.compound ? t('notices.detail.audience.compound', { name: notice.compound.name }) : null,
  ].filter((fact): fact is string => fact !== null)

  return (
    <View>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm) }}>
        {facts.map((fact, i) => (
          <Text key={fact} style={{ ...muted, color: i === 0 ? tokens.color.primary : tokens.color.textMuted }}>
            {i === 0 ? fact : `· ${fact}`}
          </Text>
        ))}
      </View>
      <View style={{ marginTop: px(tokens.space.sm) }}>
        <Text style={{ fontSize: px(tokens.font.heading), fontWeight: 'bold', color: tokens.color.text, lineHeight: tokens.lineHeight }}>
          {notice.title}
        </Text>
      </View>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={muted}>{t('notices.detail.publishedAt', { date: formatFull(notice.publishedAt) })}</Text>
      </View>
      {notice.expiresAt ? (
        <View>
          <Text style={muted}>{t('notices.detail.expiresAt', { date: formatFull(notice.expiresAt) })}</Text>
        </View>
      ) : null}
      {notice.status === 'WITHDRAWN' ? (
        <View style={{ marginTop: px(tokens.space.xs) }}>
          <Text style={{ ...muted, color: tokens.color.danger, fontWeight: 'bold' }}>{t('notices.detail.withdrawn')}</Text>
        </View>
      ) : null}
      {notice.cover?.url ? (
        <Image
          src={notice.cover.url}
          mode="widthFix"
          aria-label={t('notices.detail.coverAlt')}
          style={{ display: 'block', width: '100%', marginTop: px(tokens.space.md), borderRadius: px(tokens.radius) }}
        />
      ) : null}
      <View
        style={{
          marginTop: px(tokens.space.lg),
          fontSize: px(tokens.font.body),
          lineHeight: tokens.lineHeight,
          color: tokens.color.text,
          wordBreak: 'break-word',
        }}
      >
        {/* The gateway sanitises the body against an allow-list before it is stored. */}
        <RichText nodes={notice.body} space="nbsp" />
      </View>
      <View style={{ marginTop: px(tokens.space.md) }}>
        <Text style={muted}>{t('notices.readCount', { count: notice.readCount })}</Text>
      </View>
    </View>
  )
}
