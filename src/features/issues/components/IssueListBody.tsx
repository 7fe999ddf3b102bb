import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { t } from '@/i18n'
import { EmptyState, Skeleton, px, useTokens } from '@/ui'
import type { usePagedIssues } from '../hooks/usePagedIssues'
import { IssueListItem } from './IssueListItem'

export interface IssueListBodyProps {
  list: ReturnType<typeof usePagedIssues>
  empty: { title: string; body: string; action?: { label: string; onTap: () => void } }
  onOpen(id: string): void
  /** Shown instead of the general error, e.g. for a FORBIDDEN queue. */
  errorState?: ReactNode
}

/** A paged list's states: skeleton, error with retry, empty with what to do, rows, and the footer. */
export function IssueListBody(props: IssueListBodyProps) {
  const tokens = useTokens()
  const { list } = props
  if (!list.connection) {
    if (list.error) {
      return (
        props.errorState ?? (
          <EmptyState title={t('issues.list.error.title')} body={t('issues.list.error.body')} action={{ label: t('common.retry'), onTap: () => void list.refresh() }} />
        )
      )
    }
    return <Skeleton rows={4} />
  }
  if (list.issues.length === 0) return <EmptyState title={props.empty.title} body={props.empty.body} action={props.empty.action} />
  const footer = list.loadingMore ? t('issues.list.loadingMore') : list.hasNextPage ? '' : t('issues.list.end')
  return (
    <View>
      {list.issues.map((issue, i) => (
        <IssueListItem key={list.connection?.edges[i]?.cursor ?? i} issue={issue} onOpen={props.onOpen} />
      ))}
      {footer ? (
        <View style={{ padding: px(tokens.space.md), textAlign: 'center' }}>
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{footer}</Text>
        </View>
      ) : null}
    </View>
  )
}
