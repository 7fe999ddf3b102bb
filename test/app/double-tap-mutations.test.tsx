import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { CLAIM_DRAFT_KEY } from '@/features/account/claim-draft'
import ClaimHouseholdPage from '@/features/account/pages/claim/index'
import { CONSULT_DRAFT_KEY, emptyProposeDraft } from '@/features/consult/draft'
import ProposePage from '@/features/consult/pages/propose/index'
import { ClaimReviewQueue } from '@/features/workbench/components/ClaimReviewQueue'
import { setSessionToken } from '@/graphql/session'
import { ElderModeProvider } from '@/ui'
import { appClientFor } from './support/app-client'
import { startCannedServer, type CannedServer } from './support/graphql-server'

// Two taps in a row on 提交联署 (propose), 提交认证 (claim a household) and 通过 (approve a claim)
// send the mutation once: each page rendered for real against a stand-in gateway that counts what
// arrived. The second tap lands while the first request is still on the wire.

// Page lifecycle hooks come from Taro's framework runtime, which jsdom tests do not start.
vi.mock('@tarojs/taro', async (original) => {
  const actual = await original<Record<string, unknown>>()
  return { ...actual, useDidShow: () => undefined, usePullDownRefresh: () => undefined }
})

const building = (id: string, name: string) => ({ __typename: 'Building', id, name })
const compound = { __typename: 'Compound', id: 'cp-zw', name: '众望小区', buildings: [building('b-1', '1号楼')] }
const community = { __typename: 'Community', id: 'c-dyp', name: '东营盘社区', compounds: [compound] }
const claim = {
  __typename: 'HouseholdClaim', id: 'claim-1', unit: '2单元', room: '502', areaM2: 86.5, relation: 'OWNER', status: 'PENDING', note: null, createdAt: '2026-12-01T02:00:00Z', reviewedAt: null,
  claimant: { __typename: 'Person', id: 'a-1', displayName: '常阿姨', realName: '常宝娥', phone: '138****1234' },
  building: { ...building('b-1', '1号楼'), compound: { __typename: 'Compound', id: 'cp-zw', name: '众望小区' } },
}
const replies: Record<string, unknown> = {
  // Places_query is a fragment on Query: Apollo asks for the root's __typename, as the real gateway answers it.
  ConsultPlaces: { __typename: 'Query', viewer: { __typename: 'Viewer', id: 'v-1', isStaff: false, households: [{ __typename: 'Household', id: 'h-1', building: { ...building('b-1', '1号楼'), compound: { ...compound, community: { __typename: 'Community', id: 'c-dyp' } } } }] }, communities: [community] },
  ConsultSitePlan: { community: { __typename: 'Community', id: 'c-dyp', compounds: [{ __typename: 'Compound', id: 'cp-zw', name: '众望小区', consultSettings: { __typename: 'ConsultSettings', cosignThreshold: 3, cosignDays: 14, sitePlan: null } }] } },
  CreateProposal: { createProposal: { __typename: 'Proposal', id: 'p-new', stage: 'DRAFT' } },
  SubmitProposal: { submitProposal: { __typename: 'Proposal', id: 'p-new', stage: 'COSIGNING' } },
  ClaimPlaces: { communities: [community] },
  ClaimHousehold: { claimHousehold: { ...claim, claimant: undefined } },
  MeOverview: { viewer: { __typename: 'Viewer', id: 'v-1', displayName: '常阿姨', isStaff: false, roles: [], households: [], claims: [], unreadCount: 0 } },
  ClaimsToReview: { householdClaimsToReview: { __typename: 'HouseholdClaimConnection', edges: [{ __typename: 'HouseholdClaimEdge', cursor: 'c1', node: claim }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' } } },
  ReviewHouseholdClaim: { reviewHouseholdClaim: { __typename: 'HouseholdClaim', id: 'claim-1', status: 'APPROVED', note: null, reviewedAt: '2026-12-01T03:00:00Z' } },
}

let server: CannedServer
const sent = (name: string) => server.received.filter((r) => (JSON.parse(r.body) as { operationName: string }).operationName === name).length
const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { operationName } = JSON.parse(req.body) as { operationName: string }
    const data = replies[operationName]
    return { body: JSON.stringify(data ? { data } : { errors: [{ message: `unexpected ${operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-changbaoe')
  server.received.length = 0
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const renderWithGateway = (page: ReactNode) => render(<ApolloProvider client={appClientFor(server.url)}><ElderModeProvider platform={platform}>{page}</ElderModeProvider></ApolloProvider>)
const button = (label: string) => screen.getByText(label).closest('taro-button-core') as HTMLElement
/** Waits until nothing more arrives for a while: a second request from the second tap would have come by then. */
async function quiet(ms = 400): Promise<void> {
  for (let seen = -1; seen !== server.received.length; ) {
    seen = server.received.length
    await new Promise((resolve) => setTimeout(resolve, ms))
  }
}
const doubleTap = (label: string) => {
  const target = button(label)
  fireEvent.click(target)
  fireEvent.click(target)
  return target
}

describe('two taps in a row make one', () => {
  it('提交联署 creates and submits one proposal', async () => {
    Taro.setStorageSync(CONSULT_DRAFT_KEY, { ...emptyProposeDraft(), compoundId: 'cp-zw', title: '东门加装路灯', background: '东门晚上很黑', question: '要不要加装路灯?', ballotKind: 'YES_NO_ABSTAIN' })
    const redirect = vi.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    renderWithGateway(<ProposePage />)
    await screen.findByText('提交联署')
    await waitFor(() => expect(sent('ConsultSitePlan')).toBe(1))
    doubleTap('提交联署')
    await waitFor(() => expect(redirect).toHaveBeenCalled())
    await quiet()
    expect(redirect).toHaveBeenCalledTimes(1)
    expect(sent('CreateProposal')).toBe(1)
    expect(sent('SubmitProposal')).toBe(1)
  })

  it('提交认证 sends one household claim', async () => {
    Taro.setStorageSync(CLAIM_DRAFT_KEY, { communityId: 'c-dyp', compoundId: 'cp-zw', buildingId: 'b-1', unit: '2', room: '502', area: '86.5', relation: 'OWNER' })
    const tab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    renderWithGateway(<ClaimHouseholdPage />)
    await screen.findByText('提交认证')
    const target = doubleTap('提交认证')
    await waitFor(() => expect(tab).toHaveBeenCalled())
    await quiet()
    expect(sent('ClaimHousehold')).toBe(1)
    await waitFor(() => expect(target.getAttribute('aria-busy')).toBeNull())
  })

  it('通过 approves a claim once, past its confirmation', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    renderWithGateway(<ClaimReviewQueue />)
    await screen.findByText('通过')
    doubleTap('通过')
    await waitFor(() => expect(sent('ReviewHouseholdClaim')).toBe(1))
    await waitFor(() => expect(screen.queryByText('通过')).toBeNull()) // the reviewed claim left the queue
    await quiet()
    expect(modal).toHaveBeenCalledTimes(1)
    expect(sent('ReviewHouseholdClaim')).toBe(1)
  })
})
