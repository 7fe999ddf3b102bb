import { Text, View } from '@tarojs/components'
import type { IssueFiguresFieldsFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { px, useTokens } from '@/ui'
import { formatHours, formatRating, formatShare } from '../figures'

/** The headline figures as labelled numbers: resolved, median time, on time, rating (and open when given). */
export function FigureTiles(props: { figures: IssueFiguresFieldsFragment; openCount?: number }) {
  const tokens = useTokens()
  const f = props.figures
  const tiles: Array<[string, string]> = [
    ...(props.openCount === undefined ? [] : [[t('issues.figures.open'), t('issues.figures.count', { count: props.openCount })] as [string, string]]),
    [t('issues.figures.resolved'), t('issues.figures.count', { count: f.resolvedCount })],
    [t('issues.figures.median'), formatHours(f.medianHoursToResolve)],
    [t('issues.figures.onTime'), formatShare(f.onTimeShare)],
    [t('issues.figures.ratingLabel', { count: f.ratedCount }), formatRating(f.averageRating)],
  ]
  return (
    <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
      {tiles.map(([label, value]) => (
        <View
          key={label}
          style={{
            boxSizing: 'border-box',
            flexBasis: tokens.columns === 1 ? '100%' : `calc(50% - ${px(tokens.space.sm / 2)})`,
            padding: px(tokens.space.md),
            borderRadius: px(tokens.radius),
            border: `1px solid ${tokens.color.border}`,
            backgroundColor: tokens.color.surface,
          }}
        >
          <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{label}</Text>
          <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{value}</Text>
        </View>
      ))}
    </View>
  )
}
