import { Image, Text, View } from '@tarojs/components'
import type { ActivityKind } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { px, useTokens } from '@/ui'
import { kindLabel } from '../vocabulary'

/** The cover photo, or a calm block naming the kind when there is none (or its link expired). */
export function ActivityCover(props: { url?: string | null; kind: ActivityKind; title: string; height?: number }) {
  const tokens = useTokens()
  const height = props.height ?? (tokens.mode === 'elder' ? 180 : 150)
  const frame = { display: 'block', width: '100%', height: px(height), borderRadius: px(tokens.radius), marginBottom: px(tokens.space.sm) }
  if (props.url) {
    return <Image src={props.url} mode="aspectFill" aria-label={t('activities.cover.alt', { title: props.title })} style={{ ...frame, backgroundColor: tokens.color.skeleton }} />
  }
  return (
    <View style={{ ...frame, display: 'flex', alignItems: 'center', justifyContent: 'center', backgroundColor: tokens.color.skeleton }}>
      <Text style={{ fontSize: px(tokens.font.heading), color: tokens.color.textMuted }}>{kindLabel(props.kind)}</Text>
    </View>
  )
}
