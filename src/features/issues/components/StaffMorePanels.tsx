import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { IssueHandlersDocument, MarkIssueDuplicateDocument, ReassignIssueDocument } from '@/features/issues/issues.generated'
import { IssueListItem_IssueFragmentDoc } from '@/features/issues/components/IssueListItem.generated'
import { IssueListBody_ConnectionFragmentDoc } from '@/features/issues/components/IssueListBody.generated'
import { WorkbenchIssuesDocument } from '@/features/issues/hooks/usePagedIssues.generated'
import { t } from '../i18n'
import { Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { OPEN_STATUSES, handlerLine, statusLabel } from '../vocabulary'

function Muted(props: { children: string }) {
  const tokens = useTokens()
  return <Text style={{ display: 'block', margin: `${px(tokens.space.sm)} 0`, color: tokens.color.textMuted }}>{props.children}</Text>
}

/** 转派: the staff who may take it over (issueHandlers), one chosen, then reassignIssue. */
export function ReassignPanel(props: { issueId: string; onDone(): void }) {
  const tokens = useTokens()
  const { data, loading } = useQuery(IssueHandlersDocument, { variables: { issueId: props.issueId }, fetchPolicy: 'network-only' })
  const [chosen, setChosen] = useState('')
  const [reassign, state] = useMutation(ReassignIssueDocument)
  if (loading && !data) return <Skeleton rows={1} />
  const handlers = data?.issueHandlers ?? []
  if (handlers.length === 0) return <Muted>{t('issues.handle.reassignEmpty')}</Muted>
  const send = async () => {
    if (!chosen) return
    const result = await reassign({ variables: { id: props.issueId, assigneeId: chosen } }).catch(() => null)
    if (result?.data) props.onDone()
  }
  return (
    <View style={{ marginTop: px(tokens.space.md) }}>
      <ChoiceChips
        label={t('issues.handle.reassignTitle')}
        choices={handlers.map((h) => ({ value: h.person.id, label: h.person.displayName, hint: handlerLine(h) }))}
        selected={chosen}
        onSelect={setChosen}
      />
      <TapButton block disabled={!chosen || state.loading} onTap={() => send()}>
        {t('issues.handle.reassign')}
      </TapButton>
    </View>
  )
}

/** 标记重复: an open issue of the same category from the queue, then markIssueDuplicate. */
export function DuplicatePanel(props: { issueId: string; category: IssueCategory; onDone(): void }) {
  const tokens = useTokens()
  const { data, loading } = useQuery(WorkbenchIssuesDocument, {
    variables: { filter: { category: [props.category], status: [...OPEN_STATUSES, 'RESOLVED'] }, first: 30 },
    fetchPolicy: 'network-only',
  })
  const [chosen, setChosen] = useState('')
  const [mark, state] = useMutation(MarkIssueDuplicateDocument)
  const others = useFragment(IssueListItem_IssueFragmentDoc, (useFragment(IssueListBody_ConnectionFragmentDoc, data?.workbenchIssues)?.edges ?? []).map((e) => e.node)).filter((i) => i.id !== props.issueId)
  if (loading && !data) return <Skeleton rows={1} />
  if (others.length === 0) return <Muted>{t('issues.handle.duplicateEmpty')}</Muted>
  const send = async () => {
    if (!chosen) return
    const result = await mark({ variables: { id: props.issueId, originalId: chosen } }).catch(() => null)
    if (result?.data) props.onDone()
  }
  return (
    <View style={{ marginTop: px(tokens.space.md) }}>
      <ChoiceChips
        label={t('issues.handle.duplicateTitle')}
        choices={others.map((i) => ({ value: i.id, label: i.title, hint: `${i.building.name} · ${statusLabel(i.status)}` }))}
        selected={chosen}
        onSelect={setChosen}
      />
      <TapButton block disabled={!chosen || state.loading} onTap={() => send()}>
        {t('issues.handle.duplicate')}
      </TapButton>
    </View>
  )
}
