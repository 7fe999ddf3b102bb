import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { IssueCategory, SimilarIssuesQuery } from '@/graphql/generated/graphql'
import { IssueListItem_IssueFragmentDoc } from '@/features/issues/components/IssueListItem.generated'
import { SimilarIssuesDocument, SupportIssueDocument } from '@/features/issues/issues.generated'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { issueDetailPath } from '../routes'
import { statusLabel } from '../vocabulary'

export interface SimilarIssuesProps {
  category: IssueCategory | null
  buildingId: string | null
  /** After 我也遇到: the resident joined an existing report instead of raising a new one. */
  onJoined(id: string): void
}

/** Open public issues of the same category nearby from the last 30 days, each with a one-tap 我也遇到. */
export function SimilarIssues(props: SimilarIssuesProps) {
  const tokens = useTokens()
  const skip = !props.category || !props.buildingId
  const { data } = useQuery(SimilarIssuesDocument, {
    variables: { input: { category: props.category ?? 'OTHER', buildingId: props.buildingId ?? '' } },
    skip,
    fetchPolicy: 'cache-and-network',
    // Only a hint: if it fails the form still works.
    context: { silentErrors: true },
  })
  const [support, { loading }] = useMutation(SupportIssueDocument)
  const similar = skip ? [] : (data?.similarIssues ?? [])
  if (similar.length === 0) return null

  const metoo = async (id: string) => {
    const result = await support({ variables: { id } }).catch(() => null)
    if (result?.data) props.onJoined(id)
  }

  return (
    <View
      role="region"
      aria-label={t('issues.similar.title')}
      style={{ marginBottom: px(tokens.space.lg), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}
    >
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('issues.similar.title')}</Text>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('issues.similar.body')}</Text>
      {similar.map((item) => (
        <SimilarRow key={item.id} item={item} busy={loading} onMetoo={() => void metoo(item.id)} />
      ))}
    </View>
  )
}

function SimilarRow(props: { item: SimilarIssuesQuery['similarIssues'][number]; busy: boolean; onMetoo(): void }) {
  const tokens = useTokens()
  const issue = useFragment(IssueListItem_IssueFragmentDoc, props.item)
  return (
    <View style={{ padding: `${px(tokens.space.sm)} 0`, borderTop: `1px solid ${tokens.color.border}` }}>
      <Text style={{ display: 'block', fontWeight: 'bold' }}>{issue.title}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
        {`${issue.building.name} · ${statusLabel(issue.status)} · ${t('issues.supportCount', { count: issue.supportCount })}`}
      </Text>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginTop: px(tokens.space.xs) }}>
        {props.item.viewerSupports ? (
          <Text style={{ alignSelf: 'center', fontWeight: 'bold' }}>{t('issues.similar.done')}</Text>
        ) : (
          <TapButton disabled={props.busy} onTap={props.onMetoo}>
            {t('issues.similar.metoo')}
          </TapButton>
        )}
        <TapButton variant="secondary" onTap={() => Taro.navigateTo({ url: issueDetailPath(issue.id) })}>
          {t('issues.similar.open')}
        </TapButton>
      </View>
    </View>
  )
}
