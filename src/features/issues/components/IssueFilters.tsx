import { ScrollView, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { IssueCategory, IssueStatus } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { ISSUE_CATEGORIES, ISSUE_STATUSES, categoryLabel, statusLabel } from '../vocabulary'

/** 'open' is every status still waiting on staff. */
export type StatusChoice = IssueStatus | 'open' | null

export interface IssueFiltersProps {
  status: StatusChoice
  category: IssueCategory | null
  onStatus(status: StatusChoice): void
  onCategory(category: IssueCategory | null): void
  overdue?: { on: boolean; onToggle(): void }
}

function Chip(props: { label: string; on: boolean; onTap(): void }) {
  const tokens = useTokens()
  return (
    <View
      {...tapLabel(props.label, 'radio')}
      aria-checked={props.on}
      hoverClass="linli-pressed"
      onClick={props.onTap}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        flexShrink: 0,
        boxSizing: 'border-box',
        minHeight: px(tokens.tapTarget),
        padding: `0 ${px(tokens.space.md)}`,
        marginRight: px(tokens.space.sm),
        borderRadius: px(tokens.tapTarget / 2),
        border: `${props.on ? 2 : 1}px solid ${props.on ? tokens.color.primary : tokens.color.border}`,
        backgroundColor: tokens.color.surface,
        color: props.on ? tokens.color.primary : tokens.color.text,
        fontWeight: props.on ? 'bold' : 'normal',
        fontSize: px(tokens.font.body),
      }}
    >
      {props.on ? <Text aria-hidden>{'✓ '}</Text> : null}
      <Text>{props.label}</Text>
    </View>
  )
}

function ChipRow(props: { label: string; children: ReactNode }) {
  const tokens = useTokens()
  return (
    <View style={{ marginBottom: px(tokens.space.sm) }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.xs) }}>{props.label}</Text>
      {tokens.columns === 1 ? (
        // Elder mode: every chip in sight, wrapped, rather than hidden past the edge.
        <View style={{ display: 'flex', flexDirection: 'row', flexWrap: 'wrap', rowGap: px(tokens.space.sm) }}>{props.children}</View>
      ) : (
        <ScrollView scrollX enhanced showScrollbar={false} style={{ whiteSpace: 'nowrap', width: '100%' }}>
          <View style={{ display: 'flex', flexDirection: 'row' }}>{props.children}</View>
        </ScrollView>
      )}
    </View>
  )
}

/** Status and category as rows of chips that scroll sideways; the chosen one carries a ✓. */
export function IssueFilters(props: IssueFiltersProps) {
  const statuses: ReadonlyArray<{ value: StatusChoice; label: string }> = [
    { value: null, label: t('issues.filter.all') },
    { value: 'open', label: t('issues.filter.open') },
    ...ISSUE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) })),
  ]
  return (
    <View>
      <ChipRow label={t('issues.filter.status')}>
        {props.overdue ? <Chip label={`⚠ ${t('issues.filter.overdue')}`} on={props.overdue.on} onTap={props.overdue.onToggle} /> : null}
        {statuses.map((s) => (
          <Chip key={s.value ?? 'all'} label={s.label} on={props.status === s.value} onTap={() => props.onStatus(s.value)} />
        ))}
      </ChipRow>
      <ChipRow label={t('issues.filter.category')}>
        <Chip label={t('issues.filter.all')} on={props.category === null} onTap={() => props.onCategory(null)} />
        {ISSUE_CATEGORIES.map((c) => (
          <Chip key={c} label={categoryLabel(c)} on={props.category === c} onTap={() => props.onCategory(c)} />
        ))}
      </ChipRow>
    </View>
  )
}
