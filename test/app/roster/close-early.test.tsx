import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProposalDetailScreen } from '@/features/consult/components/ProposalDetailScreen'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { proposalNode } from '../consult/proposal-fixture'

// 提前结束投票 on an owners' vote before its closing time: enabled only when the gateway says every
// owner of the frozen roster has voted, otherwise disabled with the reason.

let server: CannedServer
let everyoneVoted = false
const closes = () => server.received.filter((r) => (JSON.parse(r.body) as { operationName: string }).operationName === 'CloseVoting')

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as { operationName: string }
    const electorate = { __typename: 'Electorate', units: 4, owners: 3, chainHead: '0'.repeat(64), everyoneVoted }
    if (op.operationName === 'ProposalDetail') return { body: JSON.stringify({ data: { proposal: proposalNode({ viewerIsCommittee: true, viewerCanVote: false, viewerVoteBlockedReason: '已投票', electorate }) } }) }
    if (op.operationName === 'CloseVoting') return { body: JSON.stringify({ data: { closeVoting: { __typename: 'Proposal', id: 'p-light', stage: 'PASSED' } } }) }
    return { body: JSON.stringify({ data: null, errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-committee')
  server.received.length = 0
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const screenFor = () =>
  render(
    <ApolloProvider client={appClientFor(server.url)}>
      <ProposalDetailScreen id="p-light" signedIn onSignIn={vi.fn()} onBackToTab={vi.fn()} />
    </ApolloProvider>,
  )

describe('owners’ vote: 提前结束投票', () => {
  it('is disabled with the reason while some owner has not voted', async () => {
    everyoneVoted = false
    screenFor()
    await screen.findByText('提前结束投票')
    expect(screen.getByText(/还有业主没有投票：全部业主投票后才能提前结束/)).toBeTruthy()
    fireEvent.click(screen.getByText('提前结束投票'))
    await new Promise((r) => setTimeout(r, 200))
    expect(closes()).toHaveLength(0)
  })

  it('is enabled once every owner of the snapshot has voted, and closes the vote', async () => {
    everyoneVoted = true
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    screenFor()
    await screen.findByText('名册中的全部业主都已投票，可以提前结束投票并公布结果。')
    fireEvent.click(screen.getByText('提前结束投票'))
    await waitFor(() => expect(closes()).toHaveLength(1))
  })
})
