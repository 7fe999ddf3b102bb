import { View } from '@tarojs/components'
import { t } from '../i18n'
import { useTokens } from './elder-mode'
import { px } from './tokens'

/** Grey placeholder cards while a list loads; screen readers hear "加载中…". */
export function Skeleton(props: { rows?: number }) {
  const tokens = useTokens()
  const rows = props.rows ?? 3
  const line = (width: string, height: number) => (
    <View
      style={{
        width,
        height: px(height),
        marginBottom: px(tokens.space.sm),
        borderRadius: px(4),
        backgroundColor: tokens.color.skeleton,
      }}
    />
  )
  return (
    <View aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <View
          key={i}
          style={{
            padding: px(tokens.space.lg),
            marginBottom: px(tokens.space.md),
            borderRadius: px(tokens.radius),
            backgroundColor: tokens.color.surface,
          }}
        >
          {line('60%', tokens.font.title)}
          {line('100%', tokens.font.body)}
          {line('40%', tokens.font.small)}
        </View>
      ))}
    </View>
  )
}
