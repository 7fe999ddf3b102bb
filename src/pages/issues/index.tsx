import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { IssueListBody } from '@/features/issues/components/IssueListBody'
import { FilterBar } from '@/features/issues/components/FilterBar'
import type { StatusChoice } from '@/features/issues/components/IssueFilters'
import { usePagedIssues } from '@/features/issues/hooks/usePagedIssues'
import { isFiltered, toIssueFilter } from '@/features/issues/list-filter'
import { ISSUES_TAB, RAISE_PAGE, issueDetailPath, signInPath } from '@/features/issues/routes'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { getSessionToken } from '@/graphql/session'
import { t } from '@/i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { EmptyState, Page, TapButton, px, useTokens } from '@/ui'

type Scope = 'mine' | 'public'

const openIssue = (id: string) => void Taro.navigateTo({ url: issueDetailPath(id) })

// The 报事 tab: a big 我要报事, then my issues or the public ones of my compound, newest first,
// filtered by status and category; pull to refresh, the next page on reaching the bottom.
export default function IssuesTabPage() {
  const tokens = useTokens()
  const [signedIn, setSignedIn] = useState(() => getSessionToken() !== null)
  const [scope, setScope] = useState<Scope>('mine')
  const [status, setStatus] = useState<StatusChoice>(null)
  const [category, setCategory] = useState<IssueCategory | null>(null)
  const choice = { status, category, mine: scope === 'mine' }
  const filter = useMemo(() => toIssueFilter({ status, category, mine: scope === 'mine' }), [status, category, scope])
  const list = usePagedIssues('issues', filter, !signedIn)

  useDidShow(() => {
    const now = getSessionToken() !== null
    if (now !== signedIn) setSignedIn(now)
    // Back from raising or handling one: show what changed.
    else if (now) void list.refresh()
  })

  const raise = () => void Taro.navigateTo({ url: signedIn ? RAISE_PAGE : signInPath(RAISE_PAGE) })
  const raiseButton = (
    <View style={{ marginBottom: px(tokens.space.lg) }}>
      <TapButton block onTap={raise}>
        {t('issues.tab.raise')}
      </TapButton>
    </View>
  )

  if (!signedIn) {
    return (
      <Page>
        {raiseButton}
        <EmptyState
          title={t('issues.tab.signedOut.title')}
          body={t('issues.tab.signedOut.body')}
          action={{ label: t('issues.tab.signIn'), onTap: () => void Taro.navigateTo({ url: signInPath(ISSUES_TAB) }) }}
        />
      </Page>
    )
  }

  const clear = () => {
    setStatus(null)
    setCategory(null)
  }
  const empty = isFiltered(choice)
    ? { title: t('issues.list.empty.filtered.title'), body: t('issues.list.empty.filtered.body'), action: { label: t('issues.list.empty.clear'), onTap: clear } }
    : scope === 'mine'
      ? { title: t('issues.list.empty.mine.title'), body: t('issues.list.empty.mine.body') }
      : { title: t('issues.list.empty.public.title'), body: t('issues.list.empty.public.body') }

  return (
    <Page>
      {raiseButton}
      <ChoiceChips
        choices={[
          { value: 'mine', label: t('issues.tab.mine') },
          { value: 'public', label: t('issues.tab.public') },
        ]}
        selected={scope}
        onSelect={(value) => setScope(value === 'public' ? 'public' : 'mine')}
      />
      <FilterBar status={status} category={category} onStatus={setStatus} onCategory={setCategory} />
      <IssueListBody list={list} empty={empty} onOpen={openIssue} />
    </Page>
  )
}
