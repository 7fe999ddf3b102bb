import { Image, Text, View } from '@tarojs/components'
import { t } from '@/i18n'
import { px, useTokens } from '@/ui'
import { BANNER_URI } from './banner-art'

/** The top of home: the community's name and motto over its drawn banner, and what is unread. */
export function CommunityBanner(props: { name: string; intro: string; unread?: string; unreadStrong?: boolean }) {
  const tokens = useTokens()
  const height = tokens.mode === 'elder' ? 168 : 140
  return (
    <View
      style={{
        position: 'relative',
        minHeight: px(height),
        marginBottom: px(tokens.space.md),
        borderRadius: px(tokens.radius + 4),
        overflow: 'hidden',
        backgroundColor: tokens.color.primarySoft,
      }}
    >
      <Image
        src={BANNER_URI}
        mode="aspectFill"
        aria-label={t('home.banner.alt', { community: props.name })}
        style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: '100%' }}
      />
      <View style={{ position: 'relative', padding: px(tokens.space.lg), maxWidth: '62%' }}>
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', color: tokens.color.text, lineHeight: 1.3 }}>{props.name}</Text>
        <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }}>{props.intro}</Text>
        {props.unread ? (
          <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.body), fontWeight: props.unreadStrong ? 'bold' : 'normal', color: props.unreadStrong ? tokens.color.primary : tokens.color.text }}>
            {props.unread}
          </Text>
        ) : null}
      </View>
    </View>
  )
}
