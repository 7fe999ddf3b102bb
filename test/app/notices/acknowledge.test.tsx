import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { NoticeDetailView } from '@/features/notices/components/NoticeDetailView'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer, type ReceivedRequest } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// The detail page's body with the real Apollo client and cache, over HTTP to a local server
// standing in for the gateway: "我已阅读" updates the count in place from the mutation's answer.

const TITLE = '廉洁文化进小区:众望小区财务收支公开'
let server: CannedServer
let acknowledged = 0
let reply: (operation: string, req: ReceivedRequest) => unknown

const ackState = (count: number, done: boolean) => ({
  __typename: 'Notice',
  id: 'n-integrity',
  requiresAck: true,
  acknowledgedCount: count,
  viewerHasAcknowledged: done,
  viewerHasRead: true,
  readCount: 20,
})

const detail = (overrides: Record<string, unknown> = {}) => ({
  data: {
    notice: {
      ...ackState(12, false),
      title: TITLE,
      category: 'INTEGRITY_CULTURE',
      body: '<p>众望小区 2025 年财务收支情况公开如下。</p>',
      summary: '众望小区 2025 年财务收支情况公开如下。',
      status: 'PUBLISHED',
      pinned: true,
      viewerCanEdit: false,
      publishedAt: '2026-01-05T02:00:00.000Z',
      expiresAt: null,
      cover: null,
      community: { __typename: 'Community', id: 'c1', name: '东营盘社区' },
      compound: null,
      action: null,
      ...overrides,
    },
  },
})

const operationsSent = () => server.received.map((r) => (JSON.parse(r.body) as { operationName: string }).operationName)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName } = JSON.parse(req.body) as { operationName: string }
    return { body: JSON.stringify(reply(operationName, req)) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  server.received.length = 0
  acknowledged = 12
  reply = (operation) => {
    if (operation === 'NoticeDetail') return detail()
    if (operation === 'AcknowledgeNotice') {
      acknowledged += 1
      return { data: { acknowledgeNotice: ackState(acknowledged, true) } }
    }
    if (operation === 'MarkNoticeRead') return { data: { markNoticeRead: { __typename: 'Notice', id: 'n-integrity', readCount: 21, viewerHasRead: true } } }
    return { errors: [{ message: `unexpected ${operation}` }] }
  }
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderDetail(props: { signedIn: boolean; onSignIn?: () => void; onHome?: () => void }) {
  const client = appClientFor(server.url)
  return render(
    <ApolloProvider client={client}>
      <NoticeDetailView
        id="n-integrity"
        signedIn={props.signedIn}
        onSignIn={props.onSignIn ?? vi.fn()}
        onEdit={vi.fn()}
        onHome={props.onHome ?? vi.fn()}
      />
    </ApolloProvider>,
  )
}

describe('notice detail: 我已阅读', () => {
  it('acknowledging turns the button into 已确认阅读 and the count goes up in place', async () => {
    setSessionToken('tok-resident')
    renderDetail({ signedIn: true })
    await screen.findByText(TITLE)
    expect(screen.getByText('12 人已确认阅读')).toBeTruthy()

    fireEvent.click(screen.getByText('我已阅读'))

    await screen.findByText('13 人已确认阅读')
    expect(screen.getByText('已确认阅读')).toBeTruthy()
    expect(screen.queryByText('我已阅读')).toBeNull()
    // One detail fetch: the count came from the mutation's answer through the cache, not a refetch.
    expect(operationsSent().filter((op) => op === 'NoticeDetail')).toHaveLength(1)
    expect(server.received.at(-1)?.headers.authorization).toBe('Bearer tok-resident')
  })

  it('records the read once when a signed-in resident opens an unread notice', async () => {
    setSessionToken('tok-resident')
    const base = reply
    reply = (operation, req) => (operation === 'NoticeDetail' ? detail({ viewerHasRead: false }) : base(operation, req))
    renderDetail({ signedIn: true })
    await screen.findByText(TITLE)
    await waitFor(() => expect(operationsSent()).toContain('MarkNoticeRead'))
    await screen.findByText('21 人已读')
    expect(operationsSent().filter((op) => op === 'MarkNoticeRead')).toHaveLength(1)
  })

  it('signed out, the notice still shows and the button asks to sign in first', async () => {
    const onSignIn = vi.fn()
    renderDetail({ signedIn: false, onSignIn })
    await screen.findByText(TITLE)
    fireEvent.click(screen.getByText('登录后确认阅读'))
    expect(onSignIn).toHaveBeenCalledOnce()
    expect(operationsSent()).toEqual(['NoticeDetail'])
  })

  it('a missing or withdrawn notice says so and offers the way home', async () => {
    reply = () => ({ data: { notice: null } })
    const onHome = vi.fn()
    renderDetail({ signedIn: false, onHome })
    await screen.findByText('公告不存在或已撤回')
    fireEvent.click(screen.getByText('返回首页'))
    expect(onHome).toHaveBeenCalledOnce()
  })
})
