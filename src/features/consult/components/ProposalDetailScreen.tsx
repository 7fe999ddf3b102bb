import { useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ProposalDetailDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { Card, EmptyState, Skeleton, px, useTokens } from '@/ui'
import { SectionTitle } from '@/ui/SectionTitle'
import { formatFull } from '@/lib/beijing-time'
import { ballotKindLabel, matterLabel, passRule, stageLabel } from '../vocabulary'
import { ActingPanel } from './ActingPanel'
import { AuthorPanel } from './AuthorPanel'
import { CommitteeTools } from './CommitteeTools'
import { CosignPanel } from './CosignPanel'
import { DiscussionPanel } from './DiscussionPanel'
import { ElectoratePanel } from './ElectoratePanel'
import { EventList } from './EventList'
import { OptionsPlan } from './OptionsPlan'
import { ProposalPreviewCard } from './ProposalPreviewCard'
import { ResultPanel } from './ResultPanel'
import { FundDrawsPanel } from './FundDrawsPanel'
import { StageProgress } from './StageProgress'
import { VotingPanel } from './VotingPanel'

export interface ProposalDetailScreenProps {
  id: string
  signedIn: boolean
  onSignIn(): void
  onBackToTab(): void
}

/** One proposal: where it stands (提 → 议 → 决 → 做), what it asks, and what the viewer can do now. */
export function ProposalDetailScreen(props: ProposalDetailScreenProps) {
  const tokens = useTokens()
  const { data, error, loading, refetch } = useQuery(ProposalDetailDocument, {
    variables: { id: props.id },
    skip: !props.id || !props.signedIn,
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const p = data?.proposal

  if (!props.signedIn) {
    return <ProposalPreviewCard id={props.id} onSignIn={props.onSignIn} />
  }
  if (!props.id || (data && !p)) {
    return <EmptyState title={t('consult.detail.missing.title')} body={t('consult.detail.missing.body')} action={{ label: t('consult.detail.backToTab'), onTap: props.onBackToTab }} />
  }
  if (!p) {
    if (error && !loading) return <EmptyState title={t('consult.detail.error.title')} body={t('consult.detail.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) }} />
    return <Skeleton rows={3} />
  }
  const reload = () => void refetch().catch(() => undefined)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  const showOptions = p.options.length > 0
  const talk = p.stage !== 'DRAFT' && p.stage !== 'WITHDRAWN'
  return (
    <View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{p.title}</Text>
      <Text style={{ display: 'block', fontWeight: 'bold', color: tokens.color.primary }}>{t('consult.detail.stageNow', { stage: stageLabel(p.stage) })}</Text>
      <Text style={{ display: 'block' }}>{matterLabel(p.matter)}</Text>
      <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>
        {[p.building ? `${p.compound.name} · ${p.building.name}` : p.compound.name, p.author ? t('consult.detail.author', { name: p.author.displayName }) : '', formatFull(p.createdAt)].filter(Boolean).join(' · ')}
      </Text>
      <StageProgress proposal={p} />
      <AuthorPanel proposal={p} />
      {p.stage === 'COSIGNING' ? <CosignPanel proposal={p} /> : null}
      {p.stage === 'VOTING' ? <VotingPanel proposal={p} /> : null}
      <ResultPanel proposal={p} />
      <ElectoratePanel proposal={p} />
      <FundDrawsPanel proposal={p} />
      {p.stage === 'ACTING' || p.stage === 'DONE' ? <ActingPanel proposal={p} /> : null}
      <CommitteeTools proposal={p} onChanged={reload} />
      {p.issues.length || p.hiddenIssueCount ? (
        <View>
          <SectionTitle>{t('consult.detail.issues')}</SectionTitle>
          {p.issues.map((issue) => (
            <Card key={issue.id} onTap={() => void Taro.navigateTo({ url: `/features/issues/pages/detail/index?id=${encodeURIComponent(issue.id)}` })}>
              <Text style={{ display: 'block' }}>{issue.title}</Text>
            </Card>
          ))}
          {p.hiddenIssueCount ? <Text style={muted}>{t('consult.detail.hiddenIssues', { count: p.hiddenIssueCount })}</Text> : null}
        </View>
      ) : null}
      <SectionTitle>{t('consult.detail.about')}</SectionTitle>
      <Card>
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.detail.background')}</Text>
        <Text style={{ display: 'block', whiteSpace: 'pre-wrap', marginBottom: px(tokens.space.sm) }}>{p.background}</Text>
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.detail.question')}</Text>
        <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{p.question}</Text>
        <Text style={muted}>{`${ballotKindLabel(p.ballotKind, p.maxChoices)} · ${passRule(p.matter)}`}</Text>
      </Card>
      {showOptions ? (
        <View>
          <SectionTitle>{t('consult.detail.options')}</SectionTitle>
          <OptionsPlan proposal={p} />
        </View>
      ) : null}
      {talk ? (
        <View>
          <SectionTitle>{t('consult.detail.discussion')}</SectionTitle>
          <DiscussionPanel proposal={p} />
        </View>
      ) : null}
      <SectionTitle>{t('consult.detail.timeline')}</SectionTitle>
      <EventList events={p.timeline} />
    </View>
  )
}
