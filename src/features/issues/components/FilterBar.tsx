import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { TapButton, px, useTokens } from '@/ui'
import { categoryLabel, statusLabel } from '../vocabulary'
import { IssueFilters, type IssueFiltersProps, type StatusChoice } from './IssueFilters'

function statusWords(status: StatusChoice): string {
  if (status === null) return t('issues.filter.all')
  return status === 'open' ? t('issues.filter.open') : statusLabel(status)
}

/** The chosen filters in words, with the chips folded away until asked for (one less thing to read). */
export function FilterBar(props: IssueFiltersProps) {
  const tokens = useTokens()
  const [open, setOpen] = useState(false)
  const summary = [
    `${t('issues.filter.status')}：${statusWords(props.status)}`,
    `${t('issues.filter.category')}：${props.category ? categoryLabel(props.category as IssueCategory) : t('issues.filter.all')}`,
    props.overdue?.on ? t('issues.filter.overdue') : null,
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      <View style={{ display: 'flex', flexDirection: tokens.columns === 1 ? 'column' : 'row', alignItems: tokens.columns === 1 ? 'stretch' : 'center', justifyContent: 'space-between', gap: px(tokens.space.sm) }}>
        <Text style={{ fontSize: px(tokens.font.body), color: tokens.color.textMuted }}>{summary}</Text>
        <TapButton variant="secondary" onTap={() => setOpen(!open)}>
          {open ? t('issues.filter.hide') : t('issues.filter.show')}
        </TapButton>
      </View>
      {open ? (
        <View style={{ marginTop: px(tokens.space.sm) }}>
          <IssueFilters {...props} />
        </View>
      ) : null}
    </View>
  )
}
