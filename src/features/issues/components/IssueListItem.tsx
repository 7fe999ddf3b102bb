import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { IssueListItem_IssueFragmentDoc } from '@/features/issues/components/IssueListItem.generated'
import { t } from '@/i18n'
import { Card, CategoryMark, px, useTokens } from '@/ui'
import { issueCategoryIcons } from '@/ui/icons/categories'
import { formatDay } from '@/lib/beijing-time'
import { categoryLabel, statusLabel } from '../vocabulary'

export interface IssueListItemProps {
  issue: FragmentType<typeof IssueListItem_IssueFragmentDoc>
  onOpen(id: string): void
}

/** One issue in a list: category, title, status and 超时 in words, support count, where and when. */
export function IssueListItem(props: IssueListItemProps) {
  const tokens = useTokens()
  const issue = useFragment(IssueListItem_IssueFragmentDoc, props.issue)
  const small = { fontSize: px(tokens.font.small), color: tokens.color.textMuted }
  const badge = (text: string, danger = false) => (
    <Text
      style={{
        marginRight: px(tokens.space.sm),
        padding: `0 ${px(tokens.space.xs)}`,
        border: `1px solid ${danger ? tokens.color.danger : tokens.color.border}`,
        borderRadius: px(4),
        color: danger ? tokens.color.danger : tokens.color.text,
        fontSize: px(tokens.font.small),
        fontWeight: danger ? 'bold' : 'normal',
      }}
    >
      {text}
    </Text>
  )
  return (
    <Card onTap={() => props.onOpen(issue.id)} label={issue.title}>
      <View style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: px(tokens.space.xs), marginBottom: px(tokens.space.xs) }}>
        <CategoryMark icon={issueCategoryIcons[issue.category]} label={categoryLabel(issue.category)} />
        {badge(statusLabel(issue.status))}
        {issue.overdue ? badge(`⚠ ${t('issues.overdue')}`, true) : null}
      </View>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{issue.title}</Text>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.md), marginTop: px(tokens.space.xs) }}>
        <Text style={small}>{issue.building.name}</Text>
        <Text style={small}>{formatDay(issue.submittedAt)}</Text>
        {issue.isPublic ? <Text style={small}>{t('issues.supportCount', { count: issue.supportCount })}</Text> : <Text style={small}>{t('issues.private')}</Text>}
      </View>
    </Card>
  )
}
