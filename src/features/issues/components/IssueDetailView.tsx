import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import type { IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { t } from '../i18n'
import { TapButton, px, tapLabel, useTokens } from '@/ui'
import { SectionTitle } from '@/ui/SectionTitle'
import { formatFull } from '@/lib/beijing-time'
import { starsLabel } from '../rating'
import { issueDetailPath } from '../routes'
import { categoryLabel, proposalStageWord, statusLabel } from '../vocabulary'
import { HandlerCard } from './HandlerCard'
import { ReporterCard } from './ReporterCard'
import { PhotoGrid } from './PhotoGrid'
import { Timeline } from './Timeline'

/** The issue itself: status and category in words, title, what and where, who handles it, and every step. */
export function IssueDetailView(props: { issue: IssueDetail_IssueFragment; actions?: ReactNode }) {
  const tokens = useTokens()
  const { issue } = props
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }
  const badge = (text: string, strong = false) => (
    <Text
      style={{
        padding: `0 ${px(tokens.space.sm)}`,
        border: `${strong ? 2 : 1}px solid ${strong ? tokens.color.danger : tokens.color.border}`,
        borderRadius: px(4),
        color: strong ? tokens.color.danger : tokens.color.text,
        fontWeight: strong ? 'bold' : 'normal',
      }}
    >
      {text}
    </Text>
  )
  const where = [t('issues.detail.whereLine', { compound: issue.building.compound.name, building: issue.building.name }), issue.spot].filter(Boolean).join(' · ')
  return (
    <View>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginBottom: px(tokens.space.sm) }}>
        {badge(statusLabel(issue.status))}
        {badge(categoryLabel(issue.category))}
        {issue.overdue ? badge(`⚠ ${t('issues.overdue')}`, true) : null}
        {issue.isPublic ? null : badge(t('issues.private'))}
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', lineHeight: tokens.lineHeight }}>{issue.title}</Text>
      <Text style={muted}>{t('issues.detail.submittedAt', { time: formatFull(issue.submittedAt) })}</Text>
      {issue.status !== 'CLOSED' && issue.status !== 'REJECTED' ? <Text style={muted}>{t('issues.detail.dueAt', { time: formatFull(issue.dueAt) })}</Text> : null}
      {issue.raisedOnBehalf && issue.onBehalfName ? <Text style={muted}>{t('issues.detail.onBehalf', { name: issue.onBehalfName })}</Text> : null}
      {issue.rating ? <Text style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{t('issues.detail.rating', { stars: `${'★'.repeat(issue.rating)} ${starsLabel(issue.rating)}${issue.ratingComment ? ` · ${issue.ratingComment}` : ''}` })}</Text> : null}
      {issue.duplicateOf ? (
        <View style={{ marginTop: px(tokens.space.sm) }}>
          <Text style={{ display: 'block' }}>{t('issues.detail.duplicateOf', { title: issue.duplicateOf.title })}</Text>
          <TapButton variant="secondary" onTap={() => Taro.navigateTo({ url: issueDetailPath(issue.duplicateOf?.id ?? '') })}>
            {t('issues.detail.openOriginal')}
          </TapButton>
        </View>
      ) : null}

      <SectionTitle>{t('issues.detail.description')}</SectionTitle>
      <Text style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{issue.description}</Text>
      <PhotoGrid photos={issue.photos} />
      <Text style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{`${t('issues.detail.where')}：${where}`}</Text>

      <View style={{ marginTop: px(tokens.space.lg) }}>
        {issue.viewerIsStaffInScope && !issue.viewerIsReporter ? <ReporterCard issue={issue} /> : null}
        <HandlerCard assignee={issue.assignee} canCall={!issue.viewerIsStaffInScope} />
      </View>
      {props.actions}
      {issue.escalatedTo ? <Text style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{`${t('issues.detail.escalated')}：${issue.escalatedTo}`}</Text> : null}
      {issue.linkedProposal ? (
        <View
          style={{ marginTop: px(tokens.space.md) }}
          {...tapLabel(`${t('issues.detail.linkedProposal')}「${issue.linkedProposal.title}」${proposalStageWord(issue.linkedProposal.stage)}`, 'link')}
          onClick={() => (issue.linkedProposal?.proposal ? void Taro.navigateTo({ url: `/features/consult/pages/detail/index?id=${encodeURIComponent(issue.linkedProposal.id)}` }) : undefined)}
        >
          <SectionTitle>{t('issues.detail.linkedProposal')}</SectionTitle>
          <Text style={{ display: 'block' }}>{`「${issue.linkedProposal.title}」${proposalStageWord(issue.linkedProposal.stage)}`}</Text>
        </View>
      ) : null}
      <SectionTitle>{t('issues.detail.timeline')}</SectionTitle>
      <Timeline events={issue.timeline} />
    </View>
  )
}
