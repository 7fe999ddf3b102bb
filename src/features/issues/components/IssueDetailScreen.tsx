import { useQuery } from '@apollo/client/react'
import { View } from '@tarojs/components'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { IssueDetailDocument, IssueDetail_IssueFragmentDoc } from '@/features/issues/issues.generated'
import { t } from '../i18n'
import { EmptyState, Skeleton, px, useTokens } from '@/ui'
import { IssueDetailView } from './IssueDetailView'
import { PublicActions } from './PublicActions'
import { ReporterPanel } from './ReporterPanel'
import { StaffPanel } from './StaffPanel'

export interface IssueDetailScreenProps {
  id: string
  signedIn: boolean
  onSignIn(): void
  onBackToTab(): void
}

/**
 * One issue with everything the viewer may do on it: 我也遇到 and 关注 on public ones, the
 * reporter's confirm-and-rate or reopen, and staff in scope handle it right here.
 */
export function IssueDetailScreen(props: IssueDetailScreenProps) {
  const tokens = useTokens()
  const { data, error, loading, refetch } = useQuery(IssueDetailDocument, {
    variables: { id: props.id },
    skip: !props.id,
    fetchPolicy: 'cache-and-network',
    context: { silentErrors: true },
  })
  const issue = useFragment(IssueDetail_IssueFragmentDoc, data?.issue)

  if (!props.id || (data && !issue)) {
    // Missing, or not for this viewer (private, another compound): say so and offer a way on.
    const action = props.signedIn ? { label: t('issues.detail.backToTab'), onTap: props.onBackToTab } : { label: t('issues.detail.signIn'), onTap: props.onSignIn }
    return <EmptyState title={t('issues.detail.missing.title')} body={t('issues.detail.missing.body')} action={action} />
  }
  if (!issue) {
    if (error && !loading) {
      return <EmptyState title={t('issues.detail.error.title')} body={t('issues.detail.error.body')} action={{ label: t('common.retry'), onTap: () => void refetch().catch(() => undefined) }} />
    }
    return <Skeleton rows={3} />
  }
  return (
    <IssueDetailView
      issue={issue}
      actions={
        <View style={{ marginTop: px(tokens.space.md) }}>
          <StaffPanel issue={issue} />
          <ReporterPanel issue={issue} />
          <PublicActions issue={issue} />
        </View>
      }
    />
  )
}
