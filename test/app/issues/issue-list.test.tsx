import { ApolloProvider, useQuery } from '@apollo/client/react'
import { cleanup, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { IssueListBody } from '@/features/issues/components/IssueListBody'
import { IssueListBody_ConnectionFragmentDoc } from '@/features/issues/components/IssueListBody.generated'
import { IssuesListDocument, WorkbenchIssuesDocument } from '@/features/issues/hooks/usePagedIssues.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { setSessionToken } from '@/graphql/session'
import { byOperation, startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { issueNode } from './issue-fixture'

// The 报事 list and the staff queue against a stand-in gateway: both queries spread one
// IssueListBody_connection fragment (rows through IssueListItem_issue, cursors, whether more follow).

const page = (titles: string[]) => ({
  __typename: 'IssueConnection',
  edges: titles.map((title, i) => ({ __typename: 'IssueEdge', cursor: `c${i}`, node: issueNode({ id: `i-${i}`, title, overdue: i === 1 }) })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: `c${titles.length - 1}` },
})
const replies: Record<string, unknown> = {
  IssuesList: { data: { issues: page(['3单元门口路灯不亮', '电梯异响']) } },
  WorkbenchIssues: { data: { workbenchIssues: page(['楼道堆物']) } },
}

let server: CannedServer
beforeAll(async () => {
  server = await startCannedServer(byOperation(replies))
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-resident')
})
afterEach(cleanup)

// usePagedIssues's own reading of the two queries (its page hooks need a Taro page, which jsdom has not).
function List(props: { source: 'issues' | 'workbench' }) {
  const mine = useQuery(IssuesListDocument, { skip: props.source !== 'issues' })
  const staff = useQuery(WorkbenchIssuesDocument, { skip: props.source !== 'workbench' })
  const connection = useFragment(IssueListBody_ConnectionFragmentDoc, props.source === 'issues' ? mine.data?.issues : staff.data?.workbenchIssues)
  const list = {
    issues: connection?.edges.map((e) => e.node) ?? [],
    connection,
    error: mine.error ?? staff.error,
    loadingFirst: !connection,
    loadingMore: false,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    refresh: () => Promise.resolve(undefined),
  }
  return <IssueListBody list={list} empty={{ title: '还没有报事', body: '' }} onOpen={() => undefined} />
}

const show = (source: 'issues' | 'workbench') =>
  render(
    <ApolloProvider client={appClientFor(server.url)}>
      <List source={source} />
    </ApolloProvider>,
  )

describe('issue lists through IssueListBody_connection', () => {
  it('shows every row of 报事 with its state, and says the list has ended', async () => {
    show('issues')
    await screen.findByText('3单元门口路灯不亮')
    expect(screen.getByText('电梯异响')).toBeTruthy()
    expect(screen.getAllByText(/超时/)).toHaveLength(1)
    expect(screen.getByText('没有更多了')).toBeTruthy()
  })

  it('shows the staff queue from the same fragment', async () => {
    show('workbench')
    await screen.findByText('楼道堆物')
    expect(screen.queryByText('3单元门口路灯不亮')).toBeNull()
  })
})
