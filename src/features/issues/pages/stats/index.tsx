import { useQuery } from '@apollo/client/react'
import { Text } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { CommunityIssueFiguresDocument, IssueFiguresFieldsFragmentDoc } from '../../issues.generated'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { SectionTitle } from '@/ui/SectionTitle'
import { FigureBars } from '../../components/FigureBars'
import { FigureTiles } from '../../components/FigureTiles'
import { medianBars, resolvedBars } from '../../figures'
import { ISSUES_TAB, issueStatsPath } from '../../routes'

type Range = 'lastHundred' | 'allTime'

// A community's public figures: open now, resolved, median time, on time, rating, and per
// category as bars with their numbers written beside them; over the last 100 resolved or all time.
export default function IssueStatsPage() {
  const tokens = useTokens()
  const communityId = useRouter().params.communityId ?? ''
  const [range, setRange] = useState<Range>('lastHundred')
  const { data, error, loading, refetch } = useQuery(CommunityIssueFiguresDocument, {
    variables: { communityId },
    skip: !communityId,
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const stats = data?.communityStats
  const figures = useFragment(IssueFiguresFieldsFragmentDoc, stats ? stats[range] : undefined)

  usePullDownRefresh(() => {
    void refetch()
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })
  useShareAppMessage(() => ({ title: stats ? `${stats.community.name} · ${t('issues.figures.title')}` : t('issues.figures.title'), path: issueStatsPath(communityId) }))

  if (!stats || !figures) {
    if (!communityId || (error && !loading)) {
      return (
        <Page>
          <EmptyState
            title={t('issues.figures.error.title')}
            body={t('issues.figures.error.body')}
            action={communityId ? { label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) } : { label: t('issues.detail.backToTab'), onTap: () => void Taro.switchTab({ url: ISSUES_TAB }) }}
          />
        </Page>
      )
    }
    return (
      <Page>
        <Skeleton rows={3} />
      </Page>
    )
  }

  return (
    <Page>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', marginBottom: px(tokens.space.md) }}>{stats.community.name}</Text>
      <ChoiceChips
        label={t('issues.figures.range')}
        choices={[
          { value: 'lastHundred', label: t('issues.figures.lastHundred') },
          { value: 'allTime', label: t('issues.figures.allTime') },
        ]}
        selected={range}
        onSelect={(value) => setRange(value === 'allTime' ? 'allTime' : 'lastHundred')}
      />
      <FigureTiles figures={figures} openCount={stats.openCount} />
      {figures.resolvedCount === 0 ? (
        <EmptyState title={t('issues.figures.noneYet.title')} body={t('issues.figures.noneYet.body')} />
      ) : (
        <>
          <SectionTitle>{t('issues.figures.byCategory')}</SectionTitle>
          <FigureBars title={t('issues.figures.byCategory')} bars={resolvedBars(figures.byCategory)} />
          <SectionTitle>{t('issues.figures.medianByCategory')}</SectionTitle>
          <FigureBars title={t('issues.figures.medianByCategory')} bars={medianBars(figures.byCategory)} />
        </>
      )}
    </Page>
  )
}
