import Taro, { useDidShow } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { errorCode } from '@/graphql/error-toast'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { EmptyState, Page } from '@/ui'
import { FilterBar } from '../../components/FilterBar'
import type { StatusChoice } from '../../components/IssueFilters'
import { IssueListBody } from '../../components/IssueListBody'
import { usePagedIssues } from '../../hooks/usePagedIssues'
import { isFiltered, toIssueFilter } from '../../list-filter'
import { issueDetailPath, issueQueuePath, signInPath } from '../../routes'

const openIssue = (id: string) => void Taro.navigateTo({ url: issueDetailPath(id) })

// The staff queue (工作台 → 报事): everything in the viewer's scope, filtered by status,
// category and overdue; each row opens the detail page, where it is handled.
export default function IssueQueuePage() {
  const [signedIn] = useState(() => getSessionToken() !== null)
  const [status, setStatus] = useState<StatusChoice>('open')
  const [category, setCategory] = useState<IssueCategory | null>(null)
  const [overdue, setOverdue] = useState(false)
  const filter = useMemo(() => toIssueFilter({ status, category, overdue }), [status, category, overdue])
  const list = usePagedIssues('workbench', filter, !signedIn)

  useDidShow(() => {
    // Back from handling one: its status has changed.
    if (signedIn) void list.refresh()
  })

  if (!signedIn) {
    return (
      <Page>
        <EmptyState
          title={t('issues.queue.forbidden.title')}
          body={t('issues.queue.forbidden.body')}
          action={{ label: t('issues.tab.signIn'), onTap: () => void Taro.redirectTo({ url: signInPath(issueQueuePath()) }) }}
        />
      </Page>
    )
  }

  const forbidden = list.error && errorCode(list.error) === 'FORBIDDEN' ? <EmptyState title={t('issues.queue.forbidden.title')} body={t('issues.queue.forbidden.body')} /> : undefined
  const clear = () => {
    setStatus(null)
    setCategory(null)
    setOverdue(false)
  }
  // 未办结 is where the queue starts, not a narrowing the worker chose.
  const empty = isFiltered({ status: status === 'open' ? null : status, category, overdue })
    ? { title: t('issues.list.empty.filtered.title'), body: t('issues.list.empty.filtered.body'), action: { label: t('issues.list.empty.clear'), onTap: clear } }
    : { title: t('issues.queue.empty.title'), body: t('issues.queue.empty.body') }
  return (
    <Page>
      <FilterBar status={status} category={category} onStatus={setStatus} onCategory={setCategory} overdue={{ on: overdue, onToggle: () => setOverdue(!overdue) }} />
      <IssueListBody list={list} empty={empty} onOpen={openIssue} errorState={forbidden} />
    </Page>
  )
}
