import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeadLetters } from '@/features/workbench/components/DeadLetters'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'

// 未送达的订阅消息 against a stand-in gateway: each dead letter says to whom, about what, why and
// when (Beijing time); 重新发送 asks first (warning when it may have arrived already), sends once
// however fast it is tapped, and the card then shows it queued. Non-admins are told whose page it is.

interface Sent { operationName: string; variables: Record<string, unknown> }

const letter = (id: string, o: Record<string, unknown>) => ({
  __typename: 'OutboxMessage', id, purpose: 'ISSUE_STATUS', recipient: '老李', subject: '3号楼楼道灯不亮', status: 'DEAD', reason: 'GAVE_UP', attempts: 5,
  lastError: 'WeChat error -1: system error (after 5 attempts)', createdAt: '2026-12-01T12:29:00.000Z', lastTriedAt: '2026-12-01T13:05:00.000Z', ...o,
})
const connection = (nodes: unknown[]) => ({ data: { outboxDeadLetters: { __typename: 'OutboxMessageConnection', edges: nodes.map((node, i) => ({ __typename: 'OutboxMessageEdge', cursor: `c${i}`, node })), pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } } })

let server: CannedServer
let list: unknown
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'OutboxDeadLetters') return { body: JSON.stringify(list) }
    if (op.operationName === 'RetryOutboxMessage') {
      return { body: JSON.stringify({ data: { retryOutboxMessage: letter(String(op.variables.id), { id: op.variables.id, purpose: 'ACTIVITY_REMINDER', recipient: '常阿姨', subject: '冬季志愿服务日', status: 'PENDING', reason: null, attempts: 0, lastTriedAt: null, lastError: 'WeChat error 43101: user refuse to accept the msg' }) } }) }
    }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-admin')
  server.received.length = 0
  list = connection([
    letter('o-1', {}),
    letter('o-2', { purpose: 'ACTIVITY_REMINDER', recipient: '常阿姨', subject: '冬季志愿服务日', reason: 'NO_ANSWER', attempts: 1, lastError: 'The operation was aborted due to timeout: no answer from WeChat' }),
  ])
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderPage() {
  return render(
    <ApolloProvider client={appClientFor(server.url)}>
      <DeadLetters signedIn />
    </ApolloProvider>,
  )
}

describe('未送达的订阅消息', () => {
  it('says to whom, about what, why and when (Beijing time) each letter was not delivered', async () => {
    renderPage()
    await screen.findByText('发给：老李')
    expect(screen.getByText('报事进展：3号楼楼道灯不亮')).toBeTruthy()
    expect(screen.getByText('微信一直繁忙，已尝试 5 次')).toBeTruthy()
    expect(screen.getByText('记录：WeChat error -1: system error (after 5 attempts)')).toBeTruthy()
    expect(screen.getAllByText('产生于 12月1日 20:29')).toHaveLength(2)
    expect(screen.getAllByText('最后一次发送 12月1日 21:05')).toHaveLength(2)
    expect(screen.getByText('发给：常阿姨')).toBeTruthy()
    expect(screen.getByText('活动提醒：冬季志愿服务日')).toBeTruthy()
    expect(screen.getByText('微信没有回应，对方可能已经收到')).toBeTruthy()
    expect(screen.getAllByText('重新发送')).toHaveLength(2)
  })

  it('重新发送 asks first, warns when it may have arrived, sends once however fast it is tapped, then shows it queued', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    renderPage()
    await screen.findByText('发给：常阿姨')
    const button = screen.getAllByText('重新发送')[1]!
    fireEvent.click(button)
    fireEvent.click(button)
    await screen.findByText('已重新排队发送')
    expect(modal).toHaveBeenCalledTimes(1)
    expect(modal.mock.calls[0]![0]).toMatchObject({ title: '重新发送这条消息？', content: expect.stringContaining('对方可能已经收到过这条消息') })
    expect(sent('RetryOutboxMessage').map((op) => op.variables)).toEqual([{ id: 'o-2' }])
    // The other letter is still dead and may be sent again; the sent one has no button now.
    expect(screen.getAllByText('重新发送')).toHaveLength(1)
    expect(screen.getByText('发给：老李')).toBeTruthy()
  })

  it('sends nothing when the admin thinks again', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' } as never)
    renderPage()
    await screen.findByText('发给：老李')
    fireEvent.click(screen.getAllByText('重新发送')[0]!)
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]![0]).toMatchObject({ content: '消息会重新排队，几分钟内发出。' })
    await new Promise((r) => setTimeout(r, 50))
    expect(sent('RetryOutboxMessage')).toEqual([])
    expect(screen.getAllByText('重新发送')).toHaveLength(2)
  })

  it('tells someone who is not a community admin whose page it is, and an admin with none that all arrived', async () => {
    list = { data: null, errors: [{ message: '只有社区管理员可以查看未送达的订阅消息', extensions: { code: 'FORBIDDEN' } }] }
    renderPage()
    await screen.findByText('只有社区管理员可以查看未送达的消息')
    cleanup()
    list = connection([])
    renderPage()
    await screen.findByText('没有未送达的订阅消息')
  })
})
