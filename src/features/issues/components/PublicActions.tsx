import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import type { IssueDetail_IssueFragment } from '@/graphql/generated/graphql'
import { FollowIssueDocument, SupportIssueDocument } from '@/features/issues/issues.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'

type Issue = Pick<IssueDetail_IssueFragment, 'id' | 'isPublic' | 'supportCount' | 'viewerSupports' | 'viewerFollows' | 'viewerIsReporter' | 'viewerIsStaffInScope' | 'status'>

/** 我也遇到 (once per person, with the count) and 关注/取消关注, on public issues only. */
export function PublicActions(props: { issue: Issue }) {
  const tokens = useTokens()
  const { issue } = props
  const [support, supporting] = useMutation(SupportIssueDocument)
  const [follow, following] = useMutation(FollowIssueDocument)
  if (!issue.isPublic) return null
  // Staff handling it hear of every step anyway; 我也遇到 is the neighbours' word.
  if (issue.viewerIsStaffInScope && !issue.viewerIsReporter) return <Text style={{ display: 'block', marginBottom: px(tokens.space.lg), fontWeight: 'bold' }}>{t('issues.supportCount', { count: issue.supportCount })}</Text>
  const closed = issue.status === 'CLOSED' || issue.status === 'REJECTED'
  return (
    <View style={{ marginBottom: px(tokens.space.lg) }}>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.xs), fontWeight: 'bold' }}>{t('issues.supportCount', { count: issue.supportCount })}</Text>
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', gap: px(tokens.space.sm) }}>
        {issue.viewerIsReporter || closed ? null : issue.viewerSupports ? (
          <TapButton variant="secondary" disabled>
            {t('issues.detail.metooDone')}
          </TapButton>
        ) : (
          <TapButton disabled={supporting.loading} onTap={() => support({ variables: { id: issue.id } }).catch(() => undefined)}>
            {t('issues.detail.metoo')}
          </TapButton>
        )}
        {issue.viewerIsReporter ? null : (
          <TapButton variant="secondary" disabled={following.loading} onTap={() => follow({ variables: { id: issue.id, follow: !issue.viewerFollows } }).catch(() => undefined)}>
            {issue.viewerFollows ? `✓ ${t('issues.detail.unfollow')}` : t('issues.detail.follow')}
          </TapButton>
        )}
      </View>
      {issue.viewerIsReporter ? null : <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('issues.detail.followHint')}</Text>}
    </View>
  )
}
