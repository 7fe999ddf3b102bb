import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ProposalDetailScreen } from '@/features/consult/components/ProposalDetailScreen'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { ballot, closedOption, proposalNode } from './proposal-fixture'

// The detail screen with the real Apollo client and cache, over HTTP to a local server standing in
// for the gateway: a resident votes and sees the receipt; a closed vote shows the result sentence.

interface Sent {
  operationName: string
  variables: Record<string, unknown>
}

let server: CannedServer
let proposal: Record<string, unknown> | null
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'ProposalDetail') return { body: JSON.stringify({ data: { proposal } }) }
    if (op.operationName === 'CastBallot') {
      const cast = ballot(op.variables.optionIds as string[])
      proposal = { ...proposal, viewerBallot: cast, participation: { __typename: 'Participation', eligibleHouseholds: 50, votedHouseholds: 35, households: 0.7, area: 0.72, quorumReached: true } }
      return { body: JSON.stringify({ data: { castBallot: { __typename: 'Ballot', optionIds: cast.optionIds, receipt: cast.receipt } } }) }
    }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-zhongwang-2')
  server.received.length = 0
  proposal = proposalNode()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderScreen() {
  const client = appClientFor(server.url)
  return render(
    <ApolloProvider client={client}>
      <ProposalDetailScreen id="p-light" signedIn onSignIn={vi.fn()} onBackToTab={vi.fn()} />
    </ApolloProvider>,
  )
}

describe('proposal detail: voting', () => {
  it('casts the household ballot and shows its receipt and the meter on both axes', async () => {
    renderScreen()
    await screen.findByText('东门路灯装在哪里')
    expect(screen.getByText('居民议事（咨询性表决）')).toBeTruthy()
    expect(screen.getByText('住户 68% / 面积 71%')).toBeTruthy()
    expect(screen.getByText('已有 34 户投票，共 50 户可以投票')).toBeTruthy()
    expect(document.querySelector('.site-plan')).not.toBeNull()

    // 投票 with nothing chosen says so, and sends nothing.
    const toast = vi.spyOn(Taro, 'showToast')
    const button = screen.getByText('投票').closest('taro-button-core') as HTMLElement
    fireEvent.click(button)
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '请先选择' }))
    expect(sent('CastBallot')).toHaveLength(0)

    fireEvent.click(screen.getByRole('radio', { name: '3号楼拐角' }))
    expect(screen.getByRole('radio', { name: '3号楼拐角' }).getAttribute('aria-checked')).toBe('true')
    fireEvent.click(button) // a double tap casts once
    fireEvent.click(button)

    await screen.findByText('✓ 您家的票已计入，回执 ZW7K2Q')
    expect(screen.getByText('您家选择：B. 3号楼拐角')).toBeTruthy()
    expect(screen.getByText('住户 70% / 面积 72%')).toBeTruthy()
    expect(sent('CastBallot').map((op) => op.variables)).toEqual([{ proposalId: 'p-light', optionIds: ['o-b'] }])
    expect(server.received.at(-1)?.headers.authorization).toBe('Bearer tok-zhongwang-2')
  })

  it('says why the viewer cannot vote instead of offering the choices', async () => {
    proposal = proposalNode({ matter: 'USE_MAINTENANCE_FUND', advisory: false, ballotKind: 'YES_NO_ABSTAIN', viewerCanVote: false, viewerVoteBlockedReason: '这是业主共同决定事项,只有认证为业主的住户可以投票' })
    renderScreen()
    await screen.findByText('ⓘ 这是业主共同决定事项,只有认证为业主的住户可以投票')
    expect(screen.queryByText('投票')).toBeNull()
    expect(screen.getByText('住户 68%，已过三分之二线')).toBeTruthy()
  })

  it('offers 联署 only to a household that may co-sign, and says who may to everyone else', async () => {
    proposal = proposalNode({ stage: 'COSIGNING', viewerHasCosigned: false, viewerCanCosign: false, viewerIsCommittee: true, cosignCount: 2, cosignThreshold: 5 })
    renderScreen()
    await screen.findByText('由本小区（楼栋）其他认证住户联署；您可以把议题转给邻居。')
    expect(screen.queryByText('联署', { selector: 'taro-button-core' })).toBeNull()
    cleanup()
    proposal = proposalNode({ stage: 'COSIGNING', viewerHasCosigned: false, viewerCanCosign: true, cosignCount: 2, cosignThreshold: 5 })
    renderScreen()
    await screen.findByText('联署', { selector: 'taro-button-core' })
  })

  it('shows the counts beside the pins and the result sentence once voting has closed', async () => {
    proposal = proposalNode({
      stage: 'PASSED',
      options: [closedOption('o-a', '东门岗亭旁', 0.82, 0.4, 21), closedOption('o-b', '3号楼拐角', 0.55, 0.62, 13)],
      result: { __typename: 'ProposalResult', passed: true, valid: true, tie: false, winningOptionIds: ['o-a'], participationHouseholds: 0.68, participationArea: 0.71, participatingOwners: 34, eligibleOwners: 50, reason: '“东门岗亭旁”得票最多(21 户),咨询性表决结果供物管会参考。' },
      outcome: '东门装两盏路灯,12月底前完成。',
    })
    renderScreen()
    await screen.findByText('“东门岗亭旁”得票最多(21 户),咨询性表决结果供物管会参考。')
    expect(screen.getByText('21 票')).toBeTruthy()
    expect(screen.getByText('13 票')).toBeTruthy()
    expect(screen.getAllByText('A. 东门岗亭旁 · 21 票（61.8%） · 得票最多').length).toBeGreaterThan(0)
    expect(screen.getByText('东门装两盏路灯,12月底前完成。')).toBeTruthy()
  })
})
