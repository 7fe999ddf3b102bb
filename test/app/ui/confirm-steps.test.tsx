import { makeFragmentData } from '@/graphql/generated/fragment-masking'
import { ClaimReviewCard_ClaimFragmentDoc } from '@/features/workbench/components/ClaimReviewCard.generated'
import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { OpenVotingForm } from '@/features/consult/components/CommitteeForms'
import type { ProposalView } from '@/features/consult/components/types'
import { ClaimReviewCard, type ClaimToReview } from '@/features/workbench/components/ClaimReviewCard'
import { setSessionToken } from '@/graphql/session'
import { ElderModeProvider } from '@/ui'
import { appClientFor } from '../support/app-client'
import { startCannedServer, type CannedServer } from '../support/graphql-server'

// Steps that cannot be undone ask first: 开启投票 and 通过 (a household claim). A dismissed sheet sends nothing.

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }
let server: CannedServer
const sentNames = () => server.received.map((r) => (JSON.parse(r.body) as { operationName: string }).operationName)

beforeAll(async () => {
  server = await startCannedServer(() => ({ body: JSON.stringify({ data: { openVoting: { __typename: 'Proposal', id: 'p-1', stage: 'VOTING' } } }) }))
})
afterAll(() => server.close())
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  server.received.length = 0
})

const claim: ClaimToReview = {
  __typename: 'HouseholdClaim', id: 'c-1', unit: '2单元', room: '502', areaM2: 86.5, relation: 'OWNER', createdAt: '2026-12-01T02:00:00Z',
  claimant: { __typename: 'Person', id: 'a-1', displayName: '常阿姨', realName: '常宝娥', phone: '138****1234' },
  building: { __typename: 'Building', id: 'b-3', name: '3号楼', compound: { __typename: 'Compound', id: 'zw', name: '众望小区' } },
}

describe('confirmations', () => {
  it('approves a household claim only after 确定', async () => {
    const onApprove = vi.fn(() => Promise.resolve())
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<ElderModeProvider platform={platform}><ClaimReviewCard claim={makeFragmentData(claim, ClaimReviewCard_ClaimFragmentDoc)} busy={false} onApprove={onApprove} onReject={vi.fn()} /></ElderModeProvider>)
    const approve = screen.getByText('通过').closest('taro-button-core') as HTMLElement
    fireEvent.click(approve)
    await vi.waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]?.[0]).toMatchObject({ title: '确认通过认证？' })
    await vi.waitFor(() => expect(approve.getAttribute('aria-busy')).toBeNull())
    expect(onApprove).not.toHaveBeenCalled()
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(approve)
    await vi.waitFor(() => expect(onApprove).toHaveBeenCalledTimes(1))
  })

  it('opens voting only after 确定, naming the closing time in Beijing time', async () => {
    setSessionToken('tok-committee')
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    const proposal = { id: 'p-1' } as ProposalView // the form reads only the id
    render(<ApolloProvider client={appClientFor(server.url)}><ElderModeProvider platform={platform}><OpenVotingForm proposal={proposal} /></ElderModeProvider></ApolloProvider>)
    const open = screen.getByText('开启投票', { selector: 'taro-button-core' })
    fireEvent.click(open)
    await vi.waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(String(modal.mock.calls[0]?.[0]?.content)).toMatch(/各户可以投票到 \d{4}年\d+月\d+日 20:00/)
    await vi.waitFor(() => expect(open.getAttribute('aria-busy')).toBeNull())
    expect(sentNames()).not.toContain('OpenVoting')
    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    fireEvent.click(open)
    await vi.waitFor(() => expect(sentNames()).toContain('OpenVoting'))
  })
})
