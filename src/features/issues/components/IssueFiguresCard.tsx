import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HomeIssueFiguresDocument } from '@/features/issues/components/IssueFiguresCard.generated'
import { t } from '@/i18n'
import { Card, Skeleton, px, useTokens } from '@/ui'
import { formatRating, formatShare } from '../figures-format'
import { issueStatsPath } from '../routes'

/**
 * For the home tab: a community's issue figures over the last 100 resolved (the article's
 * "115 problems solved"), tapping through to the figures page. Renders nothing when it fails.
 */
export function IssueFiguresCard(props: { communityId: string }) {
  const tokens = useTokens()
  const { data, loading } = useQuery(HomeIssueFiguresDocument, {
    variables: { communityId: props.communityId },
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const stats = data?.communityStats
  const figures = stats?.lastHundred
  if (!stats || !figures) return loading ? <Skeleton rows={1} /> : null
  return (
    <Card onTap={() => Taro.navigateTo({ url: issueStatsPath(props.communityId) })}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('issues.figures.title')}</Text>
      <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>
        {t('issues.figures.summary', { count: figures.resolvedCount, onTime: formatShare(figures.onTimeShare), rating: formatRating(figures.averageRating) })}
      </Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{`${t('issues.figures.open')}：${t('issues.figures.count', { count: stats.openCount })}`}</Text>
      <View style={{ marginTop: px(tokens.space.xs) }}>
        <Text style={{ color: tokens.color.primary, textDecoration: 'underline' }}>{`${t('issues.figures.more')} ›`}</Text>
      </View>
    </Card>
  )
}
