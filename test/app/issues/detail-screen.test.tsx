import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { IssueDetailScreen } from '@/features/issues/components/IssueDetailScreen'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { issueNode } from './issue-fixture'
import { appClientFor } from '../support/app-client'

// The detail screen with the real Apollo client and cache, over HTTP to a local server standing
// in for the gateway: the reporter confirms and rates a resolved issue; staff must write a result.

interface Sent {
  operationName: string
  variables: Record<string, unknown>
}

let server: CannedServer
let issue: Record<string, unknown>
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'IssueDetail') return { body: JSON.stringify({ data: { issue } }) }
    if (op.operationName === 'ConfirmIssue') {
      issue = { ...issue, status: 'CLOSED', rating: op.variables.rating, ratingComment: op.variables.comment, viewerNextSteps: [], closedAt: '2026-01-06T03:00:00.000Z' }
      return { body: JSON.stringify({ data: { confirmIssue: issue } }) }
    }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-changbaoe')
  server.received.length = 0
  issue = issueNode()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderScreen() {
  const client = appClientFor(server.url)
  return render(
    <ApolloProvider client={client}>
      <IssueDetailScreen id="i-lamp" signedIn onSignIn={vi.fn()} onBackToTab={vi.fn()} />
    </ApolloProvider>,
  )
}

describe('issue detail: the reporter confirms and rates', () => {
  it('shows who handles it and every step, then closes with the chosen stars', async () => {
    renderScreen()
    await screen.findByText('3单元门口路灯不亮')
    expect(screen.getByText('网格员 · 第一网格')).toBeTruthy()
    expect(screen.getByText('拨打电话')).toBeTruthy()
    expect(screen.getByText('已更换灯泡')).toBeTruthy()
    expect(screen.getByText('第一网格网格员（网格员） · 2026年1月6日 10:30')).toBeTruthy()

    // No stars yet: told in words, nothing sent.
    fireEvent.click(screen.getByText('确认解决'))
    await screen.findByText('⚠ 请点星星打分（1 到 5 星）')
    expect(sent('ConfirmIssue')).toHaveLength(0)

    fireEvent.click(screen.getByText('4星'))
    expect(screen.getByRole('radio', { name: '4星' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(screen.getByText('确认解决'))

    await screen.findByText('评价：★★★★ 4星')
    expect(sent('ConfirmIssue').map((op) => op.variables)).toEqual([{ id: 'i-lamp', rating: 4, comment: null }])
    expect(screen.getByText('已关闭')).toBeTruthy()
    // The answer updated the page through the cache: the question is gone, no refetch.
    expect(screen.queryByText('确认解决')).toBeNull()
    expect(sent('IssueDetail')).toHaveLength(1)
    expect(server.received.at(-1)?.headers.authorization).toBe('Bearer tok-changbaoe')
  })

  it('offers no rating to a neighbour, only 我也遇到 and 关注', async () => {
    issue = issueNode({ viewerIsReporter: false, viewerNextSteps: [], viewerFollows: false })
    renderScreen()
    await screen.findByText('3单元门口路灯不亮')
    expect(screen.queryByText('确认解决')).toBeNull()
    expect(screen.getByText('我也遇到')).toBeTruthy()
    expect(screen.getByText('关注')).toBeTruthy()
    expect(screen.getByText('3 人也遇到')).toBeTruthy()
  })

  it('does not let staff finish without writing the result', async () => {
    issue = issueNode({ status: 'IN_PROGRESS', viewerIsReporter: false, viewerIsStaffInScope: true, viewerNextSteps: ['RESOLVED'] })
    renderScreen()
    await screen.findByPlaceholderText('处理结果')
    fireEvent.click(screen.getByText('处理完成'))
    await screen.findByText('⚠ 请写下处理结果')
    expect(sent('AdvanceIssue')).toHaveLength(0)
    expect(screen.getAllByText('办理')).toHaveLength(1) // the card's title once; the field says what to write
    expect(screen.getByText('处理结果', { selector: 'taro-text-core' })).toBeTruthy()
  })

  it('shows no empty 办理 card once staff have nothing left to do', async () => {
    issue = issueNode({ status: 'RESOLVED', viewerIsReporter: false, viewerIsStaffInScope: true, viewerNextSteps: [] })
    renderScreen()
    await screen.findByText(issue.title as string)
    expect(screen.queryByText('办理')).toBeNull()
  })

  it('says a missing or private issue cannot be found, with the way back', async () => {
    issue = null as unknown as Record<string, unknown>
    renderScreen()
    await screen.findByText('找不到这条报事')
    expect(screen.getByText('回到报事页')).toBeTruthy()
  })
})
