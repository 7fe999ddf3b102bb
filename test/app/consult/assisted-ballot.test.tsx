import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProposalDetailScreen } from '@/features/consult/components/ProposalDetailScreen'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { proposalNode } from './proposal-fixture'

// The committee's 代录纸质选票 on the detail screen, over HTTP to a stand-in gateway: find the
// household, mark the paper's choice, photograph it, record it, see it counted.

interface Sent {
  operationName: string
  variables: Record<string, unknown>
}

const household = (id: string, label: string, state: { mayVote?: boolean; voted?: boolean; assisted?: boolean } = {}) => ({ __typename: 'ScopeHousehold', id, label, areaM2: 90, mayVote: state.mayVote ?? true, voted: state.voted ?? false, assisted: state.assisted ?? false })

let server: CannedServer
let households: ReturnType<typeof household>[]
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'ProposalDetail') return { body: JSON.stringify({ data: { proposal: proposalNode({ viewerIsCommittee: true, viewerCanVote: false, viewerVoteBlockedReason: '只有本小区(楼栋)的认证住户可以投票' }) } }) }
    if (op.operationName === 'AssistedHouseholds') return { body: JSON.stringify({ data: { proposal: { __typename: 'Proposal', id: 'p-light', householdsInScope: households } } }) }
    if (op.operationName === 'RecordAssistedBallot') {
      households = households.map((h) => (h.id === op.variables.householdId ? { ...h, voted: true, assisted: true } : h))
      return { body: JSON.stringify({ data: { recordAssistedBallot: { __typename: 'Ballot', optionIds: op.variables.optionIds, assisted: true, receipt: 'PAPER1' } } }) }
    }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-committee')
  server.received.length = 0
  households = [household('h1', '1号楼 1单元 101室', { voted: true }), household('h2', '3号楼 2单元 502室'), household('h3', '3号楼 2单元 602室', { mayVote: false })]
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('proposal detail: the committee records a paper ballot', () => {
  it('finds the household, records the choice with the photo of the paper, and shows it counted', async () => {
    vi.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:paper', size: 10, fileType: 'image' }], type: 'image' } as never)
    vi.spyOn(Taro, 'compressImage').mockRejectedValue(new Error('not on H5'))
    const upload = vi.spyOn(Taro, 'uploadFile').mockImplementation(() => Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ id: 'm-paper' }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never)
    vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    const client = appClientFor(server.url)
    render(
      <ApolloProvider client={client}>
        <ProposalDetailScreen id="p-light" signedIn onSignIn={vi.fn()} onBackToTab={vi.fn()} />
      </ApolloProvider>,
    )
    await screen.findByText('代录纸质选票')
    await screen.findByText('○ 1号楼 1单元 101室')
    expect(screen.getByText('可投票住户：已投票 1 户，未投票 1 户')).toBeTruthy()
    expect(screen.getByText('不能投票（没有认证业主）')).toBeTruthy()

    // Taro's H5 <Input> renders its native <input> (the one that fires events) a moment later.
    const search = await waitFor(() => {
      const found = screen.getAllByPlaceholderText('输入楼号、单元或房号，如：3号楼 502').find((el) => el.tagName === 'INPUT')
      if (!found) throw new Error('no search input yet')
      return found
    })
    fireEvent.input(search, { target: { value: '3号楼 502' } })
    await waitFor(() => expect(screen.queryByText('○ 1号楼 1单元 101室')).toBeNull())
    fireEvent.click(screen.getByText('○ 3号楼 2单元 502室'))
    await screen.findByText('为 3号楼 2单元 502室 代录')
    expect(screen.getByText('未投票 · 已选')).toBeTruthy()

    fireEvent.click(screen.getAllByRole('radio', { name: '3号楼拐角' }).at(-1)!)
    fireEvent.click(screen.getByText('拍照或选择照片'))
    await screen.findByText('✓ 照片已上传')
    expect(upload).toHaveBeenCalledTimes(1)
    fireEvent.click(screen.getByText('登记这张纸质选票'))

    await screen.findByText('✓ 3号楼 2单元 502室：已代录，该户的票已计入')
    expect(sent('RecordAssistedBallot').map((op) => op.variables)).toEqual([{ proposalId: 'p-light', householdId: 'h2', optionIds: ['o-b'], photoId: 'm-paper' }])
    await screen.findByText('可投票住户：已投票 2 户，未投票 0 户')
  })
})
